"""Pure rules and values. Imports nothing from the project but itself; no Qt, SQL, HTTP, PDF or I/O."""
