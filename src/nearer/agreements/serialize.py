"""The JSON shapes of agreements and the Today view, shared by the API and `nearer today --json`."""

from nearer.agreements.selectors import AgreementView
from nearer.agreements.today import DueItem, TodayView

DETAIL_KEYS = ("phrase", "note", "crunch_ends_on", "catalogue_id")


def agreement_dict(view: AgreementView) -> dict:
    schedule = view.schedule
    return {
        "id": view.id, "kind": view.kind, "title": view.title, "status": view.status,
        "details": {key: view.details[key] for key in DETAIL_KEYS if isinstance(view.details.get(key), str)},
        "frequency": schedule.frequency, "weekdays": list(schedule.weekdays), "at": schedule.at.strftime("%H:%M"),
        "duration_minutes": schedule.duration_minutes, "starts_on": schedule.starts_on.isoformat(),
        "ends_on": schedule.ends_on.isoformat() if schedule.ends_on else None, "schedule_text": view.schedule_text,
        "shared": view.shared, "mine": view.mine, "awaiting_me": view.awaiting_me,
        "awaiting_partner": view.awaiting_partner, "version": view.version,
    }


def due_dict(item: DueItem) -> dict:
    return {"agreement_id": item.agreement.id, "title": item.agreement.title, "kind": item.agreement.kind,
            "on": item.occurrence.on.isoformat(), "starts_at": item.occurrence.starts_at.isoformat(),
            "ends_at": item.occurrence.ends_at.isoformat(), "mark": item.mark or None}


def today_dict(view: TodayView) -> dict:
    pause = view.pause
    return {
        "today": view.today.isoformat(),
        "due_today": [due_dict(item) for item in view.due_today],
        "this_week": [due_dict(item) for item in view.this_week],
        "next_talk": {"title": view.next_talk.title, "starts_at": view.next_talk.starts_at.isoformat()}
        if view.next_talk else None,
        "next_tune_up": due_dict(view.next_tune_up) if view.next_tune_up else None,
        "pause": {"agreement_id": pause.agreement_id, "started_at": pause.started_at.isoformat(),
                  "returns_at": pause.returns_at.isoformat(), "started_by_me": pause.started_by_me} if pause else None,
        "parking_lot": [{"id": t.id, "topic": t.topic, "parked_at": t.parked_at.isoformat()} for t in view.parking],
        "waiting_for_my_answer": [agreement.id for agreement in view.waiting_for_me],
    }
