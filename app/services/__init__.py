"""The service layer: the only API the GUI and the CLI use.

Services are synchronous and typed; long operations take a CancelToken and a ProgressSink.
"""
