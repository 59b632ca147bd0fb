"""The *Koppelkansen* tab of a wijk: the koppelkansen register as a table with its editor."""
