"""What every surface of the window shares: commands, change relay, canvas view, icons, language, labels."""
