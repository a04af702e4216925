"""The daemon: every source polled on its own schedule, alerts delivered, clean stop.

APScheduler 3 runs module-level job functions that take a source id. Each job
has ``max_instances=1`` (a slow poll is never overlapped by the next) and
``coalesce=True`` (polls missed while the machine slept run once, not many
times). Job failures are observed through scheduler events, so an unexpected
bug in one poll is logged and the next poll still runs. SIGTERM and SIGINT set
the stop event; the scheduler then waits for running jobs, which stop between
articles, so no article is ever half-written.
"""

from __future__ import annotations

import logging
import signal
from types import FrameType

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from kcna_monitor.monitor import Runtime, deliver, due_for_poll, poll_source

log = logging.getLogger("kcna_monitor.daemon")

# Fetching waits on the network, so a few sources may poll at once; store
# writes and the spaCy pipeline are serialised inside the runtime.
POLL_THREADS = 4


def poll_job(rt: Runtime, source: str) -> None:
    """One scheduled poll of one source, then delivery of what it raised."""
    now = rt.clock()
    if rt.stop.is_set() or not due_for_poll(rt, source, now):
        return
    report = poll_source(rt, source, now)
    if report.error is None:
        log.info("poll %s: %d new articles, %d alerts%s", source, report.new_articles,
                 report.alerts, " (not modified)" if report.not_modified else "")
    if report.alerts:
        deliver(rt)


def outbox_job(rt: Runtime) -> None:
    """Retries deliveries whose back-off has passed."""
    if not rt.stop.is_set():
        deliver(rt)


def _on_event(event: JobExecutionEvent) -> None:
    if event.code == EVENT_JOB_MISSED:
        log.warning("job %s missed its run time; it runs at the next one", event.job_id)
    elif event.exception is not None:
        log.error("job %s failed: %r", event.job_id, event.exception,
                  exc_info=(type(event.exception), event.exception, event.exception.__traceback__))


def build_scheduler(rt: Runtime) -> BackgroundScheduler:
    scheduler = BackgroundScheduler(
        timezone="UTC",
        executors={"default": ThreadPoolExecutor(POLL_THREADS)},
        job_defaults={"max_instances": 1, "coalesce": True, "misfire_grace_time": 300},
    )
    start = rt.clock()
    for name, source in rt.sources.items():
        trigger = IntervalTrigger(seconds=source.interval, jitter=rt.config.daemon.jitter or None)
        scheduler.add_job(poll_job, trigger, args=[rt, name], id=f"poll:{name}",
                          name=f"poll {name}", next_run_time=start)
    scheduler.add_job(outbox_job, IntervalTrigger(seconds=rt.config.daemon.alert_retry_interval),
                      args=[rt], id="outbox", name="deliver alerts")
    scheduler.add_listener(_on_event, EVENT_JOB_ERROR | EVENT_JOB_MISSED)
    return scheduler


def run_daemon(rt: Runtime) -> int:
    """Run until SIGTERM or SIGINT; returns the exit status (0)."""

    def _stop(signum: int, _frame: FrameType | None) -> None:
        log.info("received %s, stopping after the article in progress",
                 signal.Signals(signum).name)
        rt.stop.set()

    previous = {s: signal.signal(s, _stop) for s in (signal.SIGTERM, signal.SIGINT)}
    scheduler = build_scheduler(rt)
    try:
        scheduler.start()
        log.info("kcna-monitor running: %d sources, %d watch entries, %d alert channels",
                 len(rt.sources), len(rt.config.watch), len(rt.channels))
        rt.stop.wait()
    finally:
        scheduler.shutdown(wait=True)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    log.info("stopped cleanly")
    return 0
