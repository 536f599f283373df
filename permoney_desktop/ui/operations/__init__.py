"""The UI's one write path: a typed operation per user action, one ``Applied`` record each.

Every write the GUI makes goes through a function here (``entries.edit_entry``,
``undo.undo``, ``imports.publish`` …): it runs the service call through the window's
``Writer`` (on the GUI thread for a single edit, so the figures move in the same event-loop
turn; long work runs off it in a job and hands its ``Changes`` to ``Writer.publish``) and the
writer publishes one frozen ``Applied`` on the ``ChangeBus``. Views and models subscribe to
the bus; none calls back into the writer and none calls a write service itself.
"""
