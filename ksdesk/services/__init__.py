"""Use cases: one public function is one unit of work, shared by the GUI and the CLI."""
