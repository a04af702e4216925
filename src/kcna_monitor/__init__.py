"""kcna-monitor: watch North Korean state media for people and envoys."""

__version__ = "0.1.0"
PROJECT_URL = "https://github.com/kcna-monitor/kcna-monitor"
