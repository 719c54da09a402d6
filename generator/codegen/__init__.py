"""What planning, rendering and formatting share, below all three: escaping spec text for each output context
(``escape``), writing code in black's layout (``layout``), and where the built-in templates live
(``template_set``). A leaf: it imports nothing else of pfgen."""
