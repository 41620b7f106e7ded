//! The probe's own work, with no network: reading every page of a large
//! staff list and applying the rules (`probe::run` on responses kept in
//! memory). The network dominates a real run; this shows the rest stays
//! small beside it.

use std::collections::HashMap;
use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use srm_assess::probe::{self, Endpoint, Fetch, HttpResponse, ProbeError};

/// Responses by request, as a recording would give them.
struct Memory(HashMap<String, HttpResponse>);

impl Fetch for Memory {
    fn get(&mut self, _endpoint: Endpoint, request: &str) -> Result<HttpResponse, ProbeError> {
        self.0
            .get(request)
            .cloned()
            .ok_or_else(|| ProbeError::NotRecorded {
                request: request.to_string(),
                dir: "memory".into(),
            })
    }

    fn sent(&self) -> usize {
        0
    }
}

fn reply(body: String) -> HttpResponse {
    HttpResponse {
        status: 200,
        body: body.into_bytes(),
        fetched_at: "2026-11-26T09:00:00Z".parse().expect("timestamp"),
    }
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("tests/fixtures/zendesk/{name}.json"))
        .expect("fixture")
        .replace("{RECENT}", "2026-11-20T00:00:00Z")
}

/// A full set of responses with `staff` admins and agents, 100 a page.
fn instance(staff: usize) -> Memory {
    let mut map = HashMap::new();
    for (endpoint, name) in [
        (Endpoint::TokenScopes, "token_current"),
        (Endpoint::Me, "me"),
        (Endpoint::AccountSettings, "account_settings"),
        (Endpoint::AuditLog, "audit_logs"),
        (Endpoint::Webhooks, "webhooks"),
        (Endpoint::OauthClients, "oauth_clients"),
        (Endpoint::Brands, "brands"),
        (Endpoint::SecuritySettings, "security_settings"),
        (Endpoint::OauthTokens, "oauth_tokens"),
        (Endpoint::CustomRoles, "custom_roles"),
        (Endpoint::DeletionSchedules, "deletion_schedules"),
        (Endpoint::AppInstallations, "app_installations"),
    ] {
        map.insert(endpoint.page_request(None), reply(fixture(name)));
    }
    let pages = staff.div_ceil(100);
    for page in 0..pages {
        let users: Vec<serde_json::Value> = (page * 100..((page + 1) * 100).min(staff))
            .map(|i| {
                serde_json::json!({
                    "id": i, "name": format!("Agent {i}"),
                    "email": format!("agent{i}@acme.test"),
                    "role": if i % 20 == 0 { "admin" } else { "agent" },
                    "active": true, "suspended": i % 50 == 0,
                    "two_factor_auth_enabled": i % 7 != 0,
                    "last_login_at": if i % 11 == 0 { "2025-01-01T00:00:00Z" } else { "2026-11-20T00:00:00Z" },
                })
            })
            .collect();
        let more = page + 1 < pages;
        let body = serde_json::json!({
            "users": users,
            "meta": {"has_more": more, "after_cursor": format!("c{}", page + 1), "before_cursor": null},
        });
        let cursor = (page > 0).then(|| format!("c{page}"));
        map.insert(
            Endpoint::Staff.page_request(cursor.as_deref()),
            reply(body.to_string()),
        );
    }
    Memory(map)
}

fn probe_run(c: &mut Criterion) {
    let q = srm_assess::questionnaire::builtin().expect("builtin");
    let mut group = c.benchmark_group("probe_run");
    for staff in [100, 1_000, 10_000] {
        let mut memory = instance(staff);
        group.bench_function(BenchmarkId::from_parameter(staff), |b| {
            b.iter(|| {
                let seen = probe::run(&mut memory, &q, &mut |_, _, _| {}).expect("probe");
                black_box(seen)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, probe_run);
criterion_main!(benches);
