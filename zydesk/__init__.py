"""ZYDesk — 紫阳县委组织部干部工作台."""

__version__ = "0.1.0"
APP_NAME = "ZYDesk"
APP_TITLE = "紫阳县干部工作台"
