//! The app's security configuration, read from the files Tauri compiles in: the content
//! security policy and the capability file. A change that weakens either fails here.

use serde_json::Value;

fn config() -> Value {
    serde_json::from_str(include_str!("../tauri.conf.json")).unwrap()
}

fn capability() -> Value {
    serde_json::from_str(include_str!("../src-tauri/capabilities/main.json")).unwrap()
}

#[test]
fn csp_allows_only_our_own_scripts() {
    let security = &config()["app"]["security"];
    let csp = &security["csp"];
    assert_eq!(csp["script-src"], "'self'");
    assert_eq!(csp["default-src"], "'self'");
    for directive in ["object-src", "base-uri", "form-action"] {
        assert_eq!(csp[directive], "'none'", "{directive}");
    }
    // The only frame is the isolated content origin of article bodies.
    assert_eq!(
        csp["frame-src"],
        "cuttings-content: http://cuttings-content.localhost"
    );
    let all = csp.to_string();
    for forbidden in ["unsafe-eval", "data:", "blob:", "http://*", "https://*"] {
        assert!(!all.contains(forbidden), "CSP contains {forbidden}");
    }
    assert!(!csp["script-src"]
        .as_str()
        .unwrap()
        .contains("unsafe-inline"));
    assert_eq!(security["freezePrototype"], true);
    // Only style-src is left unmodified by Tauri (so inline styles keep working); Tauri
    // still adds its nonces and hashes to script-src.
    assert_eq!(
        security["dangerousDisableAssetCspModification"],
        serde_json::json!(["style-src"])
    );
    assert!(
        security.get("assetProtocol").is_none(),
        "no asset protocol over the filesystem"
    );
    assert_eq!(config()["app"]["withGlobalTauri"], false);
}

#[test]
fn the_capability_names_exact_permissions_and_no_plugins() {
    let cap = capability();
    assert_eq!(cap["windows"], serde_json::json!(["main"]));
    let permissions: Vec<&str> = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().expect("plain permission names only"))
        .collect();
    for p in &permissions {
        assert!(
            p.starts_with("allow-") || p.starts_with("core:event:allow-"),
            "unexpected permission {p}"
        );
        assert!(
            !p.contains("default") && !p.ends_with("-all"),
            "broad permission {p}"
        );
    }
    for plugin in ["fs:", "shell:", "http:", "opener:", "dialog:"] {
        assert!(
            !permissions.iter().any(|p| p.starts_with(plugin)),
            "{plugin} in capability"
        );
    }
}

#[test]
fn the_content_origin_is_locked_down_and_listed_by_no_capability() {
    let csp = cuttings_desktop::content::CONTENT_CSP;
    assert!(csp.starts_with("default-src 'none'"));
    for forbidden in ["unsafe", "data:", "blob:", "ipc", "connect-src", "*"] {
        assert!(!csp.contains(forbidden), "content CSP contains {forbidden}");
    }
    let listed = capability().to_string();
    assert!(!listed.contains("cuttings-content"));
    assert!(
        capability().get("remote").is_none(),
        "no remote origin may call commands"
    );
}
