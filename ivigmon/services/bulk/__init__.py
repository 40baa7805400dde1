"""Many records at once: files read item by item or row by row, validated records written in
batches."""
