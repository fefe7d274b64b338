"""Names vulture (make lint) reports as unused that are kept on purpose.

Framework hooks called by name (Qt, http.server, sqlite3, pytest) are ignored by pattern in
pyproject.toml's [tool.vulture]; this file lists the rest, each with why it stays. Vulture
only parses this file: `_` stands for any object.
"""

# Data fields and interfaces: read through dataclass helpers, serialisers, protocols or by people.
_.website  # ACME directory metadata (app/acme/client.py)
_.staging_key  # CA preset: read with getattr by the account form
_.supports_ip  # CA preset: IP address certificates
_.roots_checked  # chain-building report (app/crypto/formats/chain.py)
_.window_start  # event payload: ARI window (app/events.py)
_.window_end
_.challenge_type  # which challenge a solver answers (app/validation/*)
_.ticks  # background loop: counted for tests and diagnostics
_.priority  # keyring backend priority (tests/support/wincred_keyring.py)
_.delete_password  # keyring backend interface
_.__call__  # ProgressSink protocol (app/progress.py)

# Public API not called from app/ or ui/ today: use it or remove it.
_.describe_key  # app/crypto/keys.py
_.valid_at  # app/crypto/formats/describe.py
_.set_auto_renew  # app/services/certificates.py
_.poll_renewal_info  # app/services/monitoring.py
_.location_warning  # app/services/os_integration.py
_.backoff  # app/services/renewal_pass.py
_.find_version_by_serial  # app/storage/certificates.py
_.failed_verifications  # app/storage/deployments.py
_.relative_name  # app/validation/providers/base.py
_.SLACK_COLOURS  # app/notifications/formats.py
_.per_account  # ui/actions/account_actions.py
_.uninstall  # ui/crash.py
_._on_task_failed  # ui/main_window.py
_.local_date  # ui/models/dates.py
_.available_languages  # ui/translations.py
_.STAGING_ROLE  # ui/dialogs/account_dialog.py
_.CERTIFICATE_SUFFIXES  # ui/views/file_drop.py
_.COL_AUTO  # ui/models/certificates.py: column numbers, named for readers
_.COL_CA
_.COL_EXPIRES
_.COL_METHOD
_.COL_NAMES
_.COL_STATUS

# Qt objects kept alive by a reference (never read, but must outlive the method).
_._question  # ui/wizard/new_certificate.py

# Test helpers kept for debugging sessions and other suites.
_.running_proxy  # tests/support/fault_proxy.py
_._orders_failed_before_answering  # tests/app/validation/test_pebble_failures.py
_.start_binds  # tests/support/bind.py
_.running_pebble  # tests/support/pebble.py
