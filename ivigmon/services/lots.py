"""Lot look-up: which infusions, patients and adverse events involved one product lot."""

from __future__ import annotations

from typing import Any

from ivigmon.domain.roles import Permission
from ivigmon.domain.timefmt import to_iso
from ivigmon.domain.validation import LOT_MAX, require_identifier
from ivigmon.services.context import Context
from ivigmon.storage.infusions import infusion_ids_with_lot, load_infusions
from ivigmon.storage.patients import load_patients


def lot_report(ctx: Context, lot: str) -> dict[str, Any]:
    """Everything recorded against a lot, ordered by infusion start."""
    ctx.require(Permission.VIEW)
    require_identifier("lot", "lot", lot.strip(), max_length=LOT_MAX)
    with ctx.store.read() as conn:
        ids = infusion_ids_with_lot(conn, lot)
        grouped = load_infusions(conn, infusion_ids=ids)
        patients = load_patients(conn, sorted(grouped))
    products = ctx.products()
    infusions = sorted(
        ((pid, i) for pid, items in grouped.items() for i in items), key=lambda x: x[1].order_key
    )
    result_infusions = []
    events = []
    for pid, infusion in infusions:
        expiry = next((x.expiry for x in infusion.lots if x.lot == lot.strip()), None)
        product = products.get(infusion.product_id)
        result_infusions.append(
            {
                "id": infusion.id,
                "mrn": patients[pid].mrn,
                "product": infusion.product_id,
                "product_name": product.name if product else infusion.product_id,
                "expiry": expiry.isoformat() if expiry else None,
                "start": to_iso(infusion.start),
                "end": to_iso(infusion.end) if infusion.end else None,
                "dose_g": infusion.dose_g,
                "dosing_weight_kg": infusion.dosing_weight_kg,
            }
        )
        for event in infusion.events:
            events.append(
                {
                    "infusion_id": infusion.id,
                    "mrn": patients[pid].mrn,
                    "onset": to_iso(event.onset),
                    "term": event.term,
                    "grade": event.grade,
                    "serious": event.serious,
                    "action": event.action.value,
                    "outcome": event.outcome.value,
                    "check_offset_h": event.check_offset_h,
                }
            )
    return {
        "lot": lot.strip(),
        "infusions": result_infusions,
        "patients": [
            {"mrn": p.mrn, "name": p.name, "birth_date": p.birth_date.isoformat()}
            for p in sorted(patients.values(), key=lambda p: p.mrn)
        ],
        "events": events,
    }
