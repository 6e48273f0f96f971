"""The main window's areas."""
