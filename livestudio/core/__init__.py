"""Domain and store. No QtWidgets / QtGui here: everything is testable without a QApplication."""
