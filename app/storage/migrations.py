"""Versioned schema migrations. Append only: never edit a migration that has shipped."""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: the initial schema
    """
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE secrets (
        id TEXT PRIMARY KEY,
        purpose TEXT NOT NULL,
        nonce BLOB NOT NULL,
        ciphertext BLOB NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        directory_url TEXT NOT NULL,
        preset TEXT,
        uri TEXT,
        status TEXT NOT NULL,
        contacts TEXT NOT NULL,
        key_type TEXT NOT NULL,
        key_secret_id TEXT NOT NULL,
        eab_kid TEXT,
        tos_url TEXT,
        ca_bundle TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE certificates (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        account_id TEXT REFERENCES accounts(id) ON DELETE SET NULL,
        identifiers TEXT NOT NULL,
        key_type TEXT,
        key_policy TEXT NOT NULL DEFAULT 'new',
        validation TEXT NOT NULL DEFAULT '{}',
        profile TEXT,
        preferred_chain TEXT,
        auto_renew INTEGER NOT NULL DEFAULT 1,
        status TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT 'acme',
        current_version_id TEXT,
        ari_window_start TEXT,
        ari_window_end TEXT,
        ari_explanation_url TEXT,
        ari_checked_at TEXT,
        renew_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE certificate_versions (
        id TEXT PRIMARY KEY,
        certificate_id TEXT NOT NULL REFERENCES certificates(id) ON DELETE CASCADE,
        serial TEXT NOT NULL,
        subject TEXT NOT NULL,
        issuer TEXT NOT NULL,
        names TEXT NOT NULL,
        not_before TEXT NOT NULL,
        not_after TEXT NOT NULL,
        cert_pem TEXT NOT NULL,
        chain_pem TEXT NOT NULL,
        alt_chains TEXT NOT NULL DEFAULT '[]',
        key_secret_id TEXT,
        key_type TEXT,
        ari_cert_id TEXT,
        order_id TEXT,
        replaced_by TEXT,
        revoked_at TEXT,
        revocation_reason TEXT,
        created_at TEXT NOT NULL
    );
    CREATE INDEX idx_versions_cert ON certificate_versions(certificate_id, created_at);
    CREATE TABLE orders (
        id TEXT PRIMARY KEY,
        certificate_id TEXT NOT NULL,
        account_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        state TEXT NOT NULL,
        identifiers TEXT NOT NULL,
        order_url TEXT,
        finalize_url TEXT,
        cert_url TEXT,
        key_secret_id TEXT,
        csr_pem TEXT,
        validation TEXT NOT NULL DEFAULT '{}',
        profile TEXT,
        replaces TEXT,
        preferred_chain TEXT,
        error TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX idx_orders_state ON orders(state);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        level TEXT NOT NULL,
        kind TEXT NOT NULL,
        message TEXT NOT NULL,
        certificate_id TEXT,
        account_id TEXT,
        order_id TEXT
    );
    CREATE INDEX idx_events_cert ON events(certificate_id, at);
    CREATE TABLE validation_leftovers (
        id TEXT PRIMARY KEY,
        order_id TEXT,
        kind TEXT NOT NULL,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    """,
    # 2: expiry tracking: reminders fired per certificate version, renewal backoff,
    #    endpoints to check per certificate
    """
    CREATE TABLE IF NOT EXISTS reminders_fired (
        certificate_id TEXT NOT NULL REFERENCES certificates(id) ON DELETE CASCADE,
        version_id TEXT NOT NULL,
        threshold TEXT NOT NULL,
        fired_at TEXT NOT NULL,
        PRIMARY KEY (version_id, threshold)
    );
    CREATE INDEX IF NOT EXISTS idx_reminders_fired_cert ON reminders_fired(certificate_id);
    CREATE TABLE IF NOT EXISTS renewal_backoff (
        certificate_id TEXT PRIMARY KEY REFERENCES certificates(id) ON DELETE CASCADE,
        version_id TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        last_attempt_at TEXT,
        last_error TEXT,
        next_attempt_at TEXT,
        manual_version_id TEXT,
        manual_notified_at TEXT,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS monitored_endpoints (
        id TEXT PRIMARY KEY,
        certificate_id TEXT NOT NULL REFERENCES certificates(id) ON DELETE CASCADE,
        host TEXT NOT NULL,
        port INTEGER NOT NULL,
        server_name TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        checked_at TEXT,
        status TEXT,
        served_serial TEXT,
        served_not_after TEXT,
        message TEXT,
        UNIQUE (certificate_id, host, port, server_name)
    );
    """,
    # 3: domain validation: DNS API credentials (values encrypted in `secrets`) and
    #    the dns-persist-01 records remembered per name
    """
    CREATE TABLE IF NOT EXISTS dns_credentials (
        name TEXT PRIMARY KEY,
        provider TEXT NOT NULL,
        secret_id TEXT NOT NULL,
        field_names TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS dns_persist_records (
        name TEXT NOT NULL,
        issuer_domain TEXT NOT NULL,
        account_uri TEXT NOT NULL,
        record_name TEXT NOT NULL,
        record_value TEXT NOT NULL,
        wildcard INTEGER NOT NULL DEFAULT 0,
        persist_until TEXT,
        created_at TEXT NOT NULL,
        confirmed_at TEXT,
        last_validated_at TEXT,
        PRIMARY KEY (name, issuer_domain, account_uri)
    );
    """,
    # 4: export targets: where a certificate is deployed after each renewal
    """
    CREATE TABLE IF NOT EXISTS export_targets (
        id TEXT PRIMARY KEY,
        certificate_id TEXT NOT NULL REFERENCES certificates(id) ON DELETE CASCADE,
        folder TEXT NOT NULL,
        formats TEXT NOT NULL,
        basename TEXT NOT NULL,
        friendly_name TEXT,
        password_secret_id TEXT,
        command TEXT,
        command_timeout INTEGER NOT NULL DEFAULT 120,
        enabled INTEGER NOT NULL DEFAULT 1,
        last_run_at TEXT,
        last_status TEXT,
        last_message TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS idx_export_targets_cert ON export_targets(certificate_id);
    """,
    # 5: notifications (channels, which events go where, what was sent, the digest queue,
    #    failures to notify) and deployment to services (a preset per export target, the
    #    endpoint that must serve the new certificate afterwards)
    """
    CREATE TABLE IF NOT EXISTS notification_channels (
        name TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        format TEXT NOT NULL,
        config TEXT NOT NULL,
        secret_id TEXT,
        digest INTEGER NOT NULL DEFAULT 0,
        last_digest_at TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS notification_rules (
        channel_name TEXT NOT NULL REFERENCES notification_channels(name) ON DELETE CASCADE,
        event TEXT NOT NULL,
        PRIMARY KEY (channel_name, event)
    );
    CREATE TABLE IF NOT EXISTS notifications_sent (
        channel_name TEXT NOT NULL REFERENCES notification_channels(name) ON DELETE CASCADE,
        dedup_key TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        PRIMARY KEY (channel_name, dedup_key)
    );
    CREATE TABLE IF NOT EXISTS notification_digest (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        channel_name TEXT NOT NULL REFERENCES notification_channels(name) ON DELETE CASCADE,
        event TEXT NOT NULL,
        certificate_id TEXT,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS notification_failures (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        channel_name TEXT NOT NULL,
        event TEXT NOT NULL,
        certificate_id TEXT,
        subject TEXT NOT NULL,
        error TEXT NOT NULL,
        at TEXT NOT NULL,
        resolved_at TEXT
    );
    CREATE TABLE IF NOT EXISTS target_deployments (
        target_id TEXT PRIMARY KEY REFERENCES export_targets(id) ON DELETE CASCADE,
        preset TEXT NOT NULL,
        options TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS target_verifications (
        target_id TEXT PRIMARY KEY REFERENCES export_targets(id) ON DELETE CASCADE,
        host TEXT NOT NULL,
        port INTEGER NOT NULL,
        server_name TEXT NOT NULL DEFAULT '',
        starttls TEXT NOT NULL DEFAULT '',
        within_seconds INTEGER NOT NULL DEFAULT 60,
        checked_at TEXT,
        status TEXT,
        message TEXT
    );
    """,
    # 6: commands brought back by a restored backup (export-target commands, DNS exec hooks)
    #    wait here until the user confirms them; nothing runs before
    """
    CREATE TABLE IF NOT EXISTS commands_awaiting_confirmation (
        kind TEXT NOT NULL,
        owner_id TEXT NOT NULL,
        command TEXT NOT NULL,
        restored_at TEXT NOT NULL,
        PRIMARY KEY (kind, owner_id, command)
    );
    """,
    # 7: a certificate's orders (history, unfinished orders, renewal key reuse) and the
    #    unfinished ones are read by index instead of scanning the table
    """
    CREATE INDEX IF NOT EXISTS idx_orders_cert ON orders(certificate_id, created_at);
    """,
    # 8: scans over every certificate (renewal plan, reminders) read their current versions'
    #    validity from this index instead of the versions' rows, which hold the PEM texts
    """
    CREATE INDEX IF NOT EXISTS idx_versions_validity
        ON certificate_versions(id, not_before, not_after, revoked_at);
    """,
]
