"""Human-readable explanations of coded events."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .coder import Coder
    from .model import Event


def explain(event: Event, coder: Coder | None = None) -> str:
    """Why ``event`` was coded: pattern, trigger, the slots and dictionary entries used."""
    pv = event.provenance
    lines = [
        f"{event.source.code or '?'} -> {event.target.code or '-'}  CAMEO {event.cameo.code} "
        f"{event.cameo.name} | PLOVER {event.plover.event_type or '-'}"
        + (f"/{event.plover.mode}" if event.plover.mode else "")
        + (" [negated]" if event.negated else "")
        + (" [hypothetical]" if event.hypothetical else ""),
        f"  article {event.article_id}, sentence {event.sentence_index}: {event.sentence.strip()}",
    ]
    pat = coder.patterns.by_id.get(pv.pattern_id) if coder is not None else None
    req = f" (requires one of: {', '.join(pat.requires)})" if pat is not None and pat.requires else ""
    lines.append(f"  trigger {pv.trigger!r} at {pv.trigger_offsets[0]}-{pv.trigger_offsets[1]} matched pattern {pv.pattern_id}{req}")
    for label, actor, slot in (("source", event.source, pv.source_slot), ("target", event.target, pv.target_slot)):
        if actor.code is None:
            lines.append(f"  {label}: none")
            continue
        entries = ", ".join(actor.entries) if actor.entries else "role word only"
        role = f" role {actor.role}" if actor.role else ""
        lines.append(f"  {label} {actor.text!r} -> {actor.code}{role} from slot '{slot}'; entries: {entries}")
    if event.speaker is not None:
        anon = " (anonymous)" if event.speaker.anonymous else ""
        lines.append(f"  speaker: {event.speaker.text!r} -> {event.speaker.code or '?'}{anon}")
    if event.quantities:
        lines.append("  quantities: " + "; ".join(q.text for q in event.quantities))
    lines.append(f"  date {event.date} ({pv.date_reason}{', ' + repr(event.date_text) if event.date_text else ''}); confidence {event.confidence}")
    return "\n".join(lines)
