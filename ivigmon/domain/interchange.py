"""The `ivigmon/1` interchange format (SPEC section 7): its rules and the parsed `Document`.

`interchange_read.parse_document` turns decoded JSON into frozen domain records and refuses the
whole document on the first problem, with a `ValidationError` that names the record and the
field. `interchange_write.to_document` writes records back in exactly the SPEC 7 shape, so that
`parse_document(to_document(x)) == x`.

Keys. Every key of the SPEC 7 example is required, except the optional keys of SPEC 7
(`blood_group`, `prior_ivig_last_date`, `dosing_weight_basis` (default `actual`),
`course_outcome`, `end` (null while running), `notes`) and these, which are optional because
they may legitimately be unknown:

- measurement `weight_kg` and `height_cm`, and the vital-sign readings `temp_c`, `hr`, `sbp`,
  `dbp`, `rr`, `spo2`: null or absent when not measured (at least one reading per record);
- lot `expiry`: null or absent when not recorded;
- check `mode`, `outcome` (null while the check is open) and `symptoms` (default empty).

This project adds optional keys (all written by `to_document`):

- infusion `recorded_by` (text): who documented the infusion (see "Authors" below);
- event `check_offset_h` (whole hours): the event was reported at the follow-up check of this
  infusion at that offset; that check must be in the file, done, with outcome `symptoms`;
- event `notes` (text);
- event `seriousness` (a list of ICH E2A criteria codes, SPEC 10.1; absent, null or empty when
  none is named);
- check `done_by` (text or null): who did the check;
- top-level `alert_reviews` (SPEC 10.4, `interchange_reviews`): reviews of the alerts the
  records raise; written only when there is one.

Optional text keys may be null, meaning empty. Unknown keys anywhere are an error, and so is a
key given twice in one object (`interchange_json` keeps it visible; JSON decoders silently keep
the last value). A number too long for Python to convert is refused by record and field.

Times. What is documented has happened: every time in the file (measurements, start, end, rate
steps, premedications, vital signs, event onsets, checks done) must lie at or before the
import's `now`, within the clock drift the bedside forms allow (`FUTURE_TOLERANCE`).

Authors. `recorded_by` and `done_by` may name the importer, or nobody (an infusion is then
recorded by the importer). Another person's name is kept only when a signed-in administrator
imports, as `anna (imported by lead)` (`import_authors`).

Checks. A check with `done_at` null is open. The service layer re-creates open checks from the
infusion end, so an export may hold only done checks; the parser accepts both. Every check's
`due_at` is the infusion end plus its offset on the wall clock.

Database. The caller passes what the database already holds: `known_mrns` (an infusion may belong
to such a patient, but the file may not define that patient again) and `known_infusion_ids`
(which the file may not reuse). SPEC 7: no silent overwrite.

Flags. Possible but suspicious values do not refuse the file; they come back as `Document.flags`:
a lot that expired before the infusion start, more than 2.5 g/kg in one infusion, a dosing weight
more than 20 % away from the latest measured weight at or before the start.
"""

from __future__ import annotations

from dataclasses import dataclass

from ivigmon.domain.models import AlertReview, Check, Infusion, Patient
from ivigmon.domain.validation import Flag

FORMAT = "ivigmon/1"
# The document's three lists, in the order a file gives them.
LISTS = ("patients", "infusions", "checks")


@dataclass(frozen=True)
class Document:
    """A parsed interchange file: records in file order, plus the flags to show before import."""

    patients: tuple[Patient, ...] = ()
    infusions: tuple[Infusion, ...] = ()
    checks: tuple[Check, ...] = ()
    flags: tuple[Flag, ...] = ()
    # SPEC 10.4: each judged alone here; the alert it reviews is looked for when the records
    # of the file and the database are all known (an import keeps them at the top level).
    alert_reviews: tuple[AlertReview, ...] = ()
