"""The lines above a bedside infusion: status, product and lots, dose, weight, start; its open
alerts with the ward's protocol for each."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ivigmon.services.bedside import BedsideState
from ivigmon.ui.reason_words import reason_text
from ivigmon.ui.wording import (
    ALERT_SEVERITY_WORDS,
    LABEL_USE_WORDS,
    NO_WARD_PROTOCOL,
    REVIEW_ON_THE_WORKLIST,
    WARD_PROTOCOL,
    WEIGHT_BASIS_WORDS,
    clock,
    day,
    decimal,
    duration,
    number,
    when,
    words,
)


def summary_text(state: BedsideState, now: datetime) -> str:
    """One line: running or ended, product and lots, dose, weight, indication, start, id."""
    infusion = state.infusion
    product = state.product
    lots = ", ".join(
        lot.lot
        + (
            QCoreApplication.translate("bedside_summary", " (exp. {expiry})").format(
                expiry=day(lot.expiry)
            )
            if lot.expiry
            else ""
        )
        for lot in infusion.lots
    )
    product_name = (
        f"{product.name} {number(product.concentration_pct)} %" if product else infusion.product_id
    )
    dose = f"{number(infusion.dose_g)} g"
    if state.dose is not None:
        dose += (
            f" = {decimal(f'{state.dose.g_per_kg:.2f}')} g/kg · {state.dose.volume_ml:.0f} mL"
            f" ({decimal(f'{state.dose.ml_per_kg:.1f}')} mL/kg)"
        )
    if infusion.end is None:
        status = QCoreApplication.translate(
            "bedside_summary", "<b>Running</b> since {start} ({duration})"
        ).format(start=clock(infusion.start), duration=duration(now - infusion.start))
    else:
        status = QCoreApplication.translate(
            "bedside_summary", "<b>Ended</b> {end} after {duration}"
        ).format(end=when(infusion.end), duration=duration(infusion.end - infusion.start))
    return QCoreApplication.translate(
        "bedside_summary",
        "{status} · <b>{product}</b>, lot {lots} · <b>{dose}</b> · "
        "dosing weight {weight} kg ({basis}) · {indication}, {label_use} · "
        "started {start} · {id}",
    ).format(
        status=status,
        product=product_name,
        lots=lots,
        dose=dose,
        weight=number(infusion.dosing_weight_kg),
        basis=words(WEIGHT_BASIS_WORDS[infusion.dosing_weight_basis]),
        indication=infusion.indication.value,
        label_use=words(LABEL_USE_WORDS[infusion.label_use]),
        start=when(infusion.start),
        id=infusion.id,
    )


def alerts_text(state: BedsideState) -> str:
    """Each open alert with its reason; under it, what the ward's protocol for its kind says
    (once under alerts of the same kind in a row), or that the ward has entered none."""
    lines: list[str] = []
    alerts = state.alerts
    for index, alert in enumerate(alerts):
        severity = words(ALERT_SEVERITY_WORDS[alert.severity])
        lines.append(
            QCoreApplication.translate(
                "bedside_summary", "{severity} since {time}: {reason}"
            ).format(severity=severity, time=when(alert.at), reason=reason_text(alert))
        )
        if index == len(alerts) - 1:
            # On the last alert's line, not one of its own: one line less on a small screen.
            lines[-1] = lines[-1].rstrip(".") + ". " + words(REVIEW_ON_THE_WORKLIST)
        if index + 1 < len(alerts) and alerts[index + 1].kind is alert.kind:
            continue
        protocol = state.protocols.get(alert.kind, "")
        if protocol:
            lines.append(words(WARD_PROTOCOL).format(protocol))
        else:
            # On the alert's own line: a line less on a 768-pixel screen, where the window of
            # an ended infusion with an alert and its checks had no line to spare.
            lines[-1] = f"{lines[-1]} {words(NO_WARD_PROTOCOL)}."
    return "\n".join(lines)
