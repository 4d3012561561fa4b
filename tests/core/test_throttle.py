from datetime import datetime, timedelta, timezone

from nearer.core.throttle import minutes_until, retry_at

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
WINDOW = timedelta(minutes=15)


def _ago(*minutes):
    return [NOW - timedelta(minutes=m) for m in minutes]


def test_attempts_below_the_limit_are_allowed_now():
    assert retry_at(_ago(1, 2, 3, 4), limit=5, window=WINDOW, now=NOW) is None


def test_attempts_that_left_the_window_do_not_count():
    assert retry_at(_ago(1, 2, 3, 4, 15, 16), limit=5, window=WINDOW, now=NOW) is None


def test_at_the_limit_the_next_try_waits_until_the_oldest_counted_attempt_leaves_the_window():
    assert retry_at(_ago(10, 1, 8, 6, 4), limit=5, window=WINDOW, now=NOW) == NOW + timedelta(minutes=5)


def test_past_the_limit_the_wait_is_until_the_count_drops_below_it():
    assert retry_at(_ago(12, 10, 8, 6, 4, 2), limit=5, window=WINDOW, now=NOW) == NOW + timedelta(minutes=5)


def test_minutes_are_rounded_up_and_at_least_one():
    assert minutes_until(NOW + timedelta(minutes=4, seconds=1), now=NOW) == 5
    assert minutes_until(NOW + timedelta(seconds=3), now=NOW) == 1
    assert minutes_until(NOW + timedelta(minutes=15), now=NOW) == 15
