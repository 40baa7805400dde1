"""The PySide6 desktop interface: pages, dialogs and table models over the services."""
