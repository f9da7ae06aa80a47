"""The Qt user interface: main window, tabs, dialogs, widgets and table models."""
