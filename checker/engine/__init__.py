"""The rule engine: context (what a rule sees), finder (where it looks), kinds (how it
judges), evaluate (the loop over rules)."""
