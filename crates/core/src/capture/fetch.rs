//! Fetching web pages and images by URL, for capture. This module owns the network side of
//! capture and its safety rules (see DESIGN.md, "Untrusted content"):
//!
//! - only `http` and `https` URLs;
//! - a connect timeout and a total timeout covering every hop, headers and body;
//! - a body cap enforced by our own read loop on the decoded bytes (Content-Length is never
//!   trusted to stay within the cap);
//! - redirects followed by hand, at most [`FetchPolicy::max_redirects`] of them, and every
//!   hop checked again: its host is resolved here, the request is refused if any resolved
//!   address is not public (loopback, private, link-local, …) unless the user allowed it,
//!   and the checked addresses are pinned for the connection, so a name that resolves
//!   elsewhere the second time gets nowhere;
//! - no proxy from the environment (a proxy would resolve names itself);
//! - gzip and brotli bodies decoded; TLS by rustls.
//!
//! The API is blocking: call it from a worker thread, never from inside an async runtime.
//! The bytes are returned as received; turning them into text is
//! [`super::decode::decode_html_with_header`]'s job, given [`Fetched::charset`].
//! Credentials in a URL are sent, but never logged nor put in an error message or in
//! [`Fetched`]'s URLs.

use std::io::{self, Read};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, ToSocketAddrs};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use reqwest::blocking::{Client, Response};
use reqwest::header::{ACCEPT, LOCATION};
use url::{Host, Url};

/// Default cap on a page's (decoded) body: 20 MiB.
pub const DEFAULT_MAX_BODY_BYTES: usize = 20 * 1024 * 1024;
/// Default cap on an image's body: 10 MiB.
pub const DEFAULT_MAX_IMAGE_BYTES: usize = 10 * 1024 * 1024;

const ACCEPT_PAGE: &str = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
const ACCEPT_IMAGE: &str = "image/webp,image/png,image/jpeg,image/gif,image/*;q=0.8,*/*;q=0.5";
/// Longest URL quoted in an error message; longer ones are cut.
const MAX_URL_IN_MESSAGE: usize = 200;

/// What a fetch may do: timeouts, caps, redirects and whether private addresses are allowed.
#[derive(Debug, Clone)]
pub struct FetchPolicy {
    /// Longest wait for a TCP (and TLS) connection to one hop.
    pub connect_timeout: Duration,
    /// Longest time for the whole fetch: every hop, name lookups, headers and body.
    pub total_timeout: Duration,
    /// Largest page body accepted, counted after gzip/brotli decoding.
    pub max_body_bytes: usize,
    /// Largest image body accepted by [`fetch_image`].
    pub max_image_bytes: usize,
    /// Most redirects followed; one more is an error.
    pub max_redirects: u32,
    /// Allow loopback, private, link-local and other non-public addresses (off by default:
    /// only the user can turn it on, e.g. to clip from an intranet).
    pub allow_private: bool,
    /// The `User-Agent` sent.
    pub user_agent: String,
}

impl Default for FetchPolicy {
    fn default() -> FetchPolicy {
        FetchPolicy {
            connect_timeout: Duration::from_secs(10),
            total_timeout: Duration::from_secs(30),
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            max_image_bytes: DEFAULT_MAX_IMAGE_BYTES,
            max_redirects: 5,
            allow_private: false,
            user_agent: concat!("Cuttings/", env!("CARGO_PKG_VERSION")).to_string(),
        }
    }
}

/// A fetched response (of the last hop, after redirects).
#[derive(Debug, Clone)]
pub struct Fetched {
    /// The URL asked for, parsed and normalised, without credentials.
    pub requested_url: String,
    /// The URL of the response returned (the last redirect's target), without credentials.
    pub final_url: String,
    /// The HTTP status (2xx, or a 3xx without a `Location`).
    pub status: u16,
    /// Response headers, names in lower case, in the order received (all values of one
    /// name together). When a body was decoded, `content-encoding` and `content-length`
    /// are gone, and the header received last may have moved into their place. Values
    /// that are not UTF-8 are decoded lossily.
    pub headers: Vec<(String, String)>,
    /// The body, decoded from gzip/brotli but otherwise as received.
    pub body: Vec<u8>,
    /// The media type from `Content-Type`, lower case (`text/html`).
    pub content_type: Option<String>,
    /// The `charset` parameter of `Content-Type`, lower case, if any.
    pub charset: Option<String>,
}

impl Fetched {
    /// The first value of a header, by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Which timeout ran out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeoutKind {
    /// Looking up the name or connecting took too long.
    Connect,
    /// The whole fetch took too long.
    Total,
}

/// Why a fetch failed. Each message names the URL (without credentials).
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The text is not a URL we can fetch.
    #[error("{url}: not a valid web address ({reason})")]
    InvalidUrl { url: String, reason: String },
    /// Not an http(s) URL.
    #[error("{url}: only http and https addresses can be fetched, not {scheme}:")]
    UnsupportedScheme { url: String, scheme: String },
    /// The host is (or resolves to) an address that is not public.
    #[error(
        "{url}: refused to connect to {address} ({kind} address); fetching from local and \
         private addresses is off unless you allow it in the settings"
    )]
    Refused {
        url: String,
        address: IpAddr,
        kind: &'static str,
    },
    /// The host name could not be resolved.
    #[error("{url}: could not find the server {host} ({reason})")]
    Dns {
        url: String,
        host: String,
        reason: String,
    },
    /// A timeout ran out.
    #[error("{url}: timed out {}", timeout_text(*.kind, *.after))]
    Timeout {
        url: String,
        kind: TimeoutKind,
        after: Duration,
    },
    /// The body is bigger than the cap.
    #[error("{url}: the response is larger than the limit of {}", size_text(*.limit))]
    TooLarge { url: String, limit: usize },
    /// More redirects than allowed.
    #[error("{url}: too many redirects (more than {max})")]
    TooManyRedirects { url: String, max: u32 },
    /// The server answered 4xx or 5xx.
    #[error("{url}: the server answered {status}{}", reason_text(.reason))]
    Status {
        url: String,
        status: u16,
        reason: String,
    },
    /// Any other network or protocol failure.
    #[error("{url}: network error: {reason}")]
    Network { url: String, reason: String },
}

fn timeout_text(kind: TimeoutKind, after: Duration) -> String {
    match kind {
        TimeoutKind::Connect => format!("connecting (no connection after {after:?})"),
        TimeoutKind::Total => format!("(not complete after {after:?})"),
    }
}

fn size_text(limit: usize) -> String {
    const MIB: usize = 1024 * 1024;
    if limit >= MIB && limit.is_multiple_of(MIB) {
        format!("{} MB ({limit} bytes)", limit / MIB)
    } else {
        format!("{limit} bytes")
    }
}

fn reason_text(reason: &str) -> String {
    if reason.is_empty() {
        String::new()
    } else {
        format!(" ({reason})")
    }
}

/// Fetches a page: at most `policy.max_body_bytes` of body, redirects followed and checked.
pub fn fetch(url: &str, policy: &FetchPolicy) -> Result<Fetched, FetchError> {
    let allow = |_hop: usize, ip: IpAddr| policy.allow_private || is_public_address(ip);
    let hooks = Hooks {
        resolve: system_resolve,
        allow: &allow,
    };
    fetch_with(url, policy, ACCEPT_PAGE, policy.max_body_bytes, &hooks)
}

/// Fetches an image: like [`fetch`] but asking for images and capped at
/// `policy.max_image_bytes`.
pub fn fetch_image(url: &str, policy: &FetchPolicy) -> Result<Fetched, FetchError> {
    let allow = |_hop: usize, ip: IpAddr| policy.allow_private || is_public_address(ip);
    let hooks = Hooks {
        resolve: system_resolve,
        allow: &allow,
    };
    fetch_with(url, policy, ACCEPT_IMAGE, policy.max_image_bytes, &hooks)
}

/// Resolves a host name and port to socket addresses.
pub(crate) type Resolver = fn(&str, u16) -> io::Result<Vec<SocketAddr>>;

/// The parts of a fetch that tests replace: name resolution and the address check.
pub(crate) struct Hooks<'a> {
    /// Resolves a name (never called for IP literals). Runs on a helper thread.
    pub resolve: Resolver,
    /// Whether hop `n` (0 for the requested URL) may connect to an address.
    pub allow: &'a dyn Fn(usize, IpAddr) -> bool,
}

/// The system resolver, except that `localhost` and `*.localhost` are loopback without
/// asking anyone (RFC 6761).
fn system_resolve(host: &str, port: u16) -> io::Result<Vec<SocketAddr>> {
    let lower = host.trim_end_matches('.').to_ascii_lowercase();
    if lower == "localhost" || lower.ends_with(".localhost") {
        return Ok(vec![
            SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), port),
            SocketAddr::new(IpAddr::V6(Ipv6Addr::LOCALHOST), port),
        ]);
    }
    Ok((host, port).to_socket_addrs()?.collect())
}

/// The whole fetch: hops until a final response, then the body.
pub(crate) fn fetch_with(
    raw_url: &str,
    policy: &FetchPolicy,
    accept: &str,
    max_bytes: usize,
    hooks: &Hooks<'_>,
) -> Result<Fetched, FetchError> {
    let deadline = Instant::now() + policy.total_timeout;
    let requested = parse_http_url(raw_url)?;
    let mut current = requested.clone();
    let mut redirects: u32 = 0;
    loop {
        let hop = redirects as usize;
        let mut response = send_hop(&current, hop, policy, accept, deadline, hooks)?;
        let status = response.status();
        let location = match status.as_u16() {
            301 | 302 | 303 | 307 | 308 => response.headers().get(LOCATION).cloned(),
            _ => None,
        };
        if let Some(location) = location {
            if redirects >= policy.max_redirects {
                return Err(FetchError::TooManyRedirects {
                    url: shown(&current),
                    max: policy.max_redirects,
                });
            }
            let target = String::from_utf8_lossy(location.as_bytes()).into_owned();
            let mut next = current.join(&target).map_err(|e| FetchError::InvalidUrl {
                url: shown(&current),
                reason: format!(
                    "it redirects to {}, which is invalid: {e}",
                    shown_raw(&target)
                ),
            })?;
            check_scheme(&next)?;
            if next.fragment().is_none() {
                next.set_fragment(current.fragment());
            }
            tracing::debug!(from = %shown(&current), to = %shown(&next), status = status.as_u16(), "redirect");
            // Every redirect is followed with GET (we only ever send GET).
            drop(response);
            current = next;
            redirects += 1;
            continue;
        }
        if status.is_client_error() || status.is_server_error() {
            return Err(FetchError::Status {
                url: shown(&current),
                status: status.as_u16(),
                reason: status.canonical_reason().unwrap_or("").to_string(),
            });
        }
        let headers: Vec<(String, String)> = response
            .headers()
            .iter()
            .map(|(name, value)| {
                (
                    name.as_str().to_string(),
                    String::from_utf8_lossy(value.as_bytes()).into_owned(),
                )
            })
            .collect();
        let (content_type, charset) = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .map(|v| parse_content_type(&String::from_utf8_lossy(v.as_bytes())))
            .unwrap_or((None, None));
        let body = read_capped(&mut response, max_bytes, deadline, policy, &current)?;
        return Ok(Fetched {
            requested_url: without_credentials(&requested).to_string(),
            final_url: without_credentials(&current).to_string(),
            status: status.as_u16(),
            headers,
            body,
            content_type,
            charset,
        });
    }
}

/// One request: resolve, check every address, pin them, send, return the response head.
fn send_hop(
    url: &Url,
    hop: usize,
    policy: &FetchPolicy,
    accept: &str,
    deadline: Instant,
    hooks: &Hooks<'_>,
) -> Result<Response, FetchError> {
    let port = url.port_or_known_default().unwrap_or(80);
    let host = url.host().ok_or_else(|| FetchError::InvalidUrl {
        url: shown(url),
        reason: "it has no host".into(),
    })?;
    let (domain, addrs) = match host {
        Host::Ipv4(ip) => (None, vec![SocketAddr::new(IpAddr::V4(ip), port)]),
        Host::Ipv6(ip) => (None, vec![SocketAddr::new(IpAddr::V6(ip), port)]),
        Host::Domain(name) => {
            let addrs = resolve_in_time(name, port, url, policy, deadline, hooks.resolve)?;
            (Some(name), addrs)
        }
    };
    for addr in &addrs {
        let ip = addr.ip();
        if !(hooks.allow)(hop, ip) {
            tracing::info!(url = %shown(url), address = %ip, "fetch refused: address not allowed");
            return Err(FetchError::Refused {
                url: shown(url),
                address: ip,
                kind: address_kind(ip).unwrap_or("a disallowed"),
            });
        }
    }
    let remaining = remaining(deadline).ok_or_else(|| total_timeout(url, policy))?;
    let mut builder = Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .referer(false)
        .gzip(true)
        .brotli(true)
        .pool_max_idle_per_host(0)
        .user_agent(policy.user_agent.as_str())
        .connect_timeout(policy.connect_timeout.min(remaining))
        .timeout(remaining);
    if let Some(name) = domain {
        // Pin: the connection goes to the addresses just checked, and nowhere else.
        builder = builder.resolve_to_addrs(name, &addrs);
    }
    let client = builder.build().map_err(|e| FetchError::Network {
        url: shown(url),
        reason: format!("could not set up the HTTP client: {}", error_chain(&e)),
    })?;
    tracing::debug!(url = %shown(url), hop, addresses = ?addrs, "fetching");
    client
        .get(url.clone())
        .header(ACCEPT, accept)
        .timeout(remaining)
        .send()
        .map_err(|e| from_reqwest(e, url, policy))
}

/// Resolves on a helper thread so that a slow resolver cannot outlast the timeouts.
fn resolve_in_time(
    name: &str,
    port: u16,
    url: &Url,
    policy: &FetchPolicy,
    deadline: Instant,
    resolve: Resolver,
) -> Result<Vec<SocketAddr>, FetchError> {
    let remaining = remaining(deadline).ok_or_else(|| total_timeout(url, policy))?;
    let (wait, kind, after) = if policy.connect_timeout < remaining {
        (
            policy.connect_timeout,
            TimeoutKind::Connect,
            policy.connect_timeout,
        )
    } else {
        (remaining, TimeoutKind::Total, policy.total_timeout)
    };
    let dns_error = |reason: String| FetchError::Dns {
        url: shown(url),
        host: name.to_string(),
        reason,
    };
    let (tx, rx) = mpsc::channel();
    let owned = name.to_string();
    std::thread::Builder::new()
        .name("fetch-dns".into())
        .spawn(move || {
            // The receiver may be gone after a timeout; nothing to do then.
            let _ = tx.send(resolve(&owned, port));
        })
        .map_err(|e| dns_error(format!("could not start the lookup: {e}")))?;
    match rx.recv_timeout(wait) {
        Ok(Ok(addrs)) if addrs.is_empty() => Err(dns_error("no address found".into())),
        Ok(Ok(addrs)) => Ok(addrs),
        Ok(Err(e)) => Err(dns_error(e.to_string())),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(FetchError::Timeout {
            url: shown(url),
            kind,
            after,
        }),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Err(dns_error("the lookup stopped unexpectedly".into()))
        }
    }
}

/// Reads the body, stopping as soon as it is over `max_bytes` or the deadline has passed.
fn read_capped(
    response: &mut Response,
    max_bytes: usize,
    deadline: Instant,
    policy: &FetchPolicy,
    url: &Url,
) -> Result<Vec<u8>, FetchError> {
    let too_large = || FetchError::TooLarge {
        url: shown(url),
        limit: max_bytes,
    };
    // A declared length over the cap is refused at once; a smaller one is not believed.
    if response
        .content_length()
        .is_some_and(|len| len > max_bytes as u64)
    {
        return Err(too_large());
    }
    let initial = response
        .content_length()
        .map_or(0, |len| len.min(1024 * 1024) as usize)
        .min(max_bytes);
    let mut body = Vec::with_capacity(initial);
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let n = match response.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(from_io(e, url, policy)),
        };
        if body.len() + n > max_bytes {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk[..n]);
        if Instant::now() > deadline {
            return Err(total_timeout(url, policy));
        }
    }
    Ok(body)
}

fn remaining(deadline: Instant) -> Option<Duration> {
    let left = deadline.saturating_duration_since(Instant::now());
    (!left.is_zero()).then_some(left)
}

fn total_timeout(url: &Url, policy: &FetchPolicy) -> FetchError {
    FetchError::Timeout {
        url: shown(url),
        kind: TimeoutKind::Total,
        after: policy.total_timeout,
    }
}

fn from_reqwest(err: reqwest::Error, url: &Url, policy: &FetchPolicy) -> FetchError {
    // reqwest's own messages quote the URL, credentials included: drop it.
    let err = err.without_url();
    if err.is_timeout() {
        if err.is_connect() {
            return FetchError::Timeout {
                url: shown(url),
                kind: TimeoutKind::Connect,
                after: policy.connect_timeout,
            };
        }
        return total_timeout(url, policy);
    }
    FetchError::Network {
        url: shown(url),
        reason: error_chain(&err),
    }
}

fn from_io(err: io::Error, url: &Url, policy: &FetchPolicy) -> FetchError {
    let kind = err.kind();
    let text = err.to_string();
    if let Some(inner) = err.into_inner() {
        if let Ok(inner) = inner.downcast::<reqwest::Error>() {
            return from_reqwest(*inner, url, policy);
        }
    }
    if kind == io::ErrorKind::TimedOut {
        return total_timeout(url, policy);
    }
    FetchError::Network {
        url: shown(url),
        reason: format!("reading the body failed: {text}"),
    }
}

/// An error and its sources, `a: b: c`, repeated parts left out.
fn error_chain(err: &dyn std::error::Error) -> String {
    let mut parts: Vec<String> = vec![err.to_string()];
    let mut source = err.source();
    while let Some(e) = source {
        let text = e.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        source = e.source();
    }
    parts.join(": ")
}

/// Parses a URL given by the user; only http(s) with a host.
fn parse_http_url(raw: &str) -> Result<Url, FetchError> {
    let url = Url::parse(raw.trim()).map_err(|e| FetchError::InvalidUrl {
        url: shown_raw(raw),
        reason: match e {
            url::ParseError::RelativeUrlWithoutBase => {
                "it has no scheme; did you mean https://…?".to_string()
            }
            other => other.to_string(),
        },
    })?;
    check_scheme(&url)?;
    if url.host().is_none() {
        return Err(FetchError::InvalidUrl {
            url: shown(&url),
            reason: "it has no host".into(),
        });
    }
    Ok(url)
}

fn check_scheme(url: &Url) -> Result<(), FetchError> {
    match url.scheme() {
        "http" | "https" => Ok(()),
        other => Err(FetchError::UnsupportedScheme {
            url: shown(url),
            scheme: other.to_string(),
        }),
    }
}

fn without_credentials(url: &Url) -> Url {
    let mut clean = url.clone();
    // Both fail only for URLs that cannot have credentials, which then have none.
    let _ = clean.set_username("");
    let _ = clean.set_password(None);
    clean
}

/// A URL as it may appear in logs and messages: no credentials, not too long.
fn shown(url: &Url) -> String {
    shorten(without_credentials(url).as_str())
}

/// A string that failed to parse as a URL, made safe to show: anything that looks like
/// credentials is removed, control characters replaced, the length capped.
fn shown_raw(raw: &str) -> String {
    let raw = raw.trim();
    let cleaned = match raw.find("://") {
        Some(start) => {
            let rest = &raw[start + 3..];
            let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
            match rest[..authority_end].rfind('@') {
                Some(at) => format!("{}{}", &raw[..start + 3], &rest[at + 1..]),
                None => raw.to_string(),
            }
        }
        None => raw.to_string(),
    };
    shorten(&cleaned)
}

fn shorten(text: &str) -> String {
    let mut out: String = text
        .chars()
        .take(MAX_URL_IN_MESSAGE)
        .map(|c| if c.is_control() { '?' } else { c })
        .collect();
    if text.chars().count() > MAX_URL_IN_MESSAGE {
        out.push('…');
    }
    out
}

/// Splits `Content-Type` into the media type and the charset, both lower case.
fn parse_content_type(value: &str) -> (Option<String>, Option<String>) {
    let mut parts = value.split(';');
    let media = parts
        .next()
        .map(|m| m.trim().to_ascii_lowercase())
        .filter(|m| !m.is_empty());
    let charset = parts.find_map(|param| {
        let (name, value) = param.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        let value = value.trim().trim_matches('"').trim();
        (!value.is_empty()).then(|| value.to_ascii_lowercase())
    });
    (media, charset)
}

/// True when `ip` is a public unicast address, one a fetch may reach by default. False for
/// loopback, private (10/8, 172.16/12, 192.168/16), link-local, shared CGNAT (100.64/10),
/// unspecified, multicast, broadcast, documentation, benchmarking (198.18/15), reserved
/// and "this network" ranges, IPv6 unique-local (fc00::/7), link-local (fe80::/10),
/// site-local, and IPv6 addresses outside global unicast (2000::/3). IPv4 embedded in IPv6
/// (mapped, compatible, NAT64 64:ff9b::/96, 6to4 2002::/16, Teredo 2001::/32) is judged by
/// the IPv4 address.
pub fn is_public_address(ip: IpAddr) -> bool {
    address_kind(ip).is_none()
}

/// What kind of non-public address `ip` is, or None when it is public.
fn address_kind(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => v4_kind(v4),
        IpAddr::V6(v6) => v6_kind(v6),
    }
}

fn v4_kind(ip: Ipv4Addr) -> Option<&'static str> {
    let [a, b, c, _] = ip.octets();
    let kind = match (a, b, c) {
        _ if ip.is_unspecified() => "an unspecified",
        _ if ip.is_broadcast() => "a broadcast",
        (0, _, _) => "a reserved (\"this network\")",
        (127, _, _) => "a loopback",
        (10, _, _) => "a private",
        (172, 16..=31, _) => "a private",
        (192, 168, _) => "a private",
        (100, 64..=127, _) => "a shared (carrier-grade NAT)",
        (169, 254, _) => "a link-local",
        (192, 0, 0) => "a reserved (IETF protocol)",
        (192, 0, 2) | (198, 51, 100) | (203, 0, 113) => "a documentation",
        (192, 88, 99) => "a reserved (6to4 relay)",
        (198, 18..=19, _) => "a benchmarking",
        (224..=239, _, _) => "a multicast",
        (240..=255, _, _) => "a reserved",
        _ => return None,
    };
    Some(kind)
}

fn v6_kind(ip: Ipv6Addr) -> Option<&'static str> {
    let s = ip.segments();
    let v4_at = |hi: u16, lo: u16| Ipv4Addr::from((u32::from(hi) << 16) | u32::from(lo));
    if let Some(v4) = ip.to_ipv4_mapped() {
        return v4_kind(v4);
    }
    if ip.is_unspecified() {
        return Some("an unspecified");
    }
    if ip.is_loopback() {
        return Some("a loopback");
    }
    match s {
        // IPv4-compatible ::a.b.c.d (deprecated; never routed).
        [0, 0, 0, 0, 0, 0, _, _] => {
            Some(v4_kind(v4_at(s[6], s[7])).unwrap_or("a deprecated IPv4-compatible"))
        }
        // NAT64, well-known prefix: as public as the IPv4 address inside.
        [0x64, 0xff9b, 0, 0, 0, 0, _, _] => v4_kind(v4_at(s[6], s[7])),
        [0x64, 0xff9b, 1, ..] => Some("a local-use NAT64"),
        [0x100, 0, 0, 0, ..] => Some("a discard-only"),
        // Teredo: server IPv4 in bits 32..64, client IPv4 (inverted) in the last 32 bits.
        [0x2001, 0, ..] => v4_kind(v4_at(s[2], s[3])).or_else(|| v4_kind(v4_at(!s[6], !s[7]))),
        [0x2001, 2, 0, ..] => Some("a benchmarking"),
        [0x2001, 0x10..=0x2f, ..] => Some("a reserved (ORCHID)"),
        [0x2001, 0xdb8, ..] => Some("a documentation"),
        // 6to4: the IPv4 address is in bits 16..48.
        [0x2002, ..] => v4_kind(v4_at(s[1], s[2])),
        [0x3fff, 0..=0x0fff, ..] => Some("a documentation"),
        [0x5f00, ..] => Some("a reserved (SRv6)"),
        _ if (s[0] & 0xfe00) == 0xfc00 => Some("a unique-local"),
        _ if (s[0] & 0xffc0) == 0xfe80 => Some("a link-local"),
        _ if (s[0] & 0xffc0) == 0xfec0 => Some("a site-local"),
        _ if (s[0] & 0xff00) == 0xff00 => Some("a multicast"),
        // Outside global unicast 2000::/3 nothing is public.
        _ if (s[0] & 0xe000) != 0x2000 => Some("a reserved"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    //! Every test talks only to servers it starts on 127.0.0.1 (or ::1); the addresses
    //! that must be refused are refused before any connection is tried.

    use super::*;
    use std::io::Write;
    use std::net::{TcpListener, TcpStream};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, Mutex};

    type Handler = dyn Fn(&str, &mut TcpStream) + Send + Sync;

    /// A tiny HTTP server on a loopback address, one thread per connection. It runs
    /// until the test process ends.
    struct Server {
        port: u16,
        /// Connections accepted.
        accepted: Arc<AtomicUsize>,
        /// Request heads received, in order.
        requests: Arc<Mutex<Vec<String>>>,
    }

    impl Server {
        fn url(&self, path: &str) -> String {
            format!("http://127.0.0.1:{}{path}", self.port)
        }
        fn accepted(&self) -> usize {
            self.accepted.load(Ordering::SeqCst)
        }
        fn requests(&self) -> Vec<String> {
            self.requests.lock().unwrap().clone()
        }
    }

    fn serve(handler: impl Fn(&str, &mut TcpStream) + Send + Sync + 'static) -> Server {
        serve_on(TcpListener::bind("127.0.0.1:0").unwrap(), handler)
    }

    fn serve_on(
        listener: TcpListener,
        handler: impl Fn(&str, &mut TcpStream) + Send + Sync + 'static,
    ) -> Server {
        let port = listener.local_addr().unwrap().port();
        let accepted = Arc::new(AtomicUsize::new(0));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let (acc, reqs) = (accepted.clone(), requests.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                acc.fetch_add(1, Ordering::SeqCst);
                let (handler, reqs) = (handler.clone(), reqs.clone());
                std::thread::spawn(move || {
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
                    let head = read_head(&mut stream);
                    reqs.lock().unwrap().push(head.clone());
                    handler(&head, &mut stream);
                    let _ = stream.flush();
                });
            }
        });
        Server {
            port,
            accepted,
            requests,
        }
    }

    fn read_head(stream: &mut TcpStream) -> String {
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") && head.len() < 64 * 1024 {
            match stream.read(&mut byte) {
                Ok(1) => head.push(byte[0]),
                _ => break,
            }
        }
        String::from_utf8_lossy(&head).into_owned()
    }

    fn path_of(head: &str) -> &str {
        head.split_whitespace().nth(1).unwrap_or("")
    }

    /// A complete response with Content-Length and `Connection: close`.
    fn reply(status: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
        let mut out = format!("HTTP/1.1 {status}\r\n");
        for (name, value) in headers {
            out.push_str(&format!("{name}: {value}\r\n"));
        }
        out.push_str(&format!(
            "Content-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        ));
        let mut out = out.into_bytes();
        out.extend_from_slice(body);
        out
    }

    fn send(stream: &mut TcpStream, bytes: &[u8]) {
        // The client may hang up early (caps, timeouts): that is fine.
        let _ = stream.write_all(bytes);
    }

    fn local_policy() -> FetchPolicy {
        FetchPolicy {
            allow_private: true,
            connect_timeout: Duration::from_secs(2),
            total_timeout: Duration::from_secs(5),
            ..FetchPolicy::default()
        }
    }

    /// A server whose `/chain/N` redirects (with varying codes) to `/chain/N-1`, and
    /// `/chain/0` answers 200.
    fn chain_server() -> Server {
        let port = Arc::new(Mutex::new(0u16));
        let p = port.clone();
        let server = serve(move |head, stream| {
            let path = path_of(head);
            let n: u32 = path
                .strip_prefix("/chain/")
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            if n == 0 {
                send(
                    stream,
                    &reply("200 OK", &[("Content-Type", "text/plain")], b"end"),
                );
            } else {
                let code = [
                    "301 Moved Permanently",
                    "302 Found",
                    "303 See Other",
                    "307 Temporary Redirect",
                    "308 Permanent Redirect",
                ][n as usize % 5];
                let location = format!("http://127.0.0.1:{}/chain/{}", *p.lock().unwrap(), n - 1);
                send(stream, &reply(code, &[("Location", &location)], b""));
            }
        });
        *port.lock().unwrap() = server.port;
        server
    }

    #[test]
    fn plain_page_keeps_headers_and_url() {
        let server = serve(|_, stream| {
            send(
                stream,
                &reply(
                    "200 OK",
                    &[
                        ("Content-Type", "Text/HTML; Charset=\"UTF-8\""),
                        ("X-First", "1"),
                        ("X-Second", "2"),
                        ("X-Third", "3"),
                    ],
                    b"<html><title>Hello</title></html>",
                ),
            )
        });
        let url = server.url("/page?a=1");
        let got = fetch(&url, &local_policy()).unwrap();
        assert_eq!(got.status, 200);
        assert_eq!(got.requested_url, url);
        assert_eq!(got.final_url, got.requested_url);
        assert_eq!(got.body, b"<html><title>Hello</title></html>");
        assert_eq!(got.content_type.as_deref(), Some("text/html"));
        assert_eq!(got.charset.as_deref(), Some("utf-8"));
        assert_eq!(got.header("x-second"), Some("2"));
        let names: Vec<&str> = got.headers.iter().map(|(n, _)| n.as_str()).collect();
        let at = |n: &str| names.iter().position(|x| *x == n).unwrap();
        assert!(at("content-type") < at("x-first"), "{names:?}");
        assert!(at("x-first") < at("x-second") && at("x-second") < at("x-third"));
        let head = &server.requests()[0];
        assert!(head.starts_with("GET /page?a=1 HTTP/1.1"), "{head}");
        assert!(
            head.to_ascii_lowercase().contains("user-agent: cuttings/"),
            "{head}"
        );
        assert!(
            head.to_ascii_lowercase().contains("accept: text/html"),
            "{head}"
        );
    }

    #[test]
    fn three_redirects_are_followed() {
        let server = chain_server();
        let got = fetch(&server.url("/chain/3"), &local_policy()).unwrap();
        assert_eq!(got.body, b"end");
        assert_eq!(got.final_url, server.url("/chain/0"));
        assert_eq!(got.requested_url, server.url("/chain/3"));
        let requests = server.requests();
        assert_eq!(requests.len(), 4);
        assert!(requests.iter().all(|r| r.starts_with("GET ")));
    }

    #[test]
    fn five_redirects_are_allowed_six_are_not() {
        let server = chain_server();
        let got = fetch(&server.url("/chain/5"), &local_policy()).unwrap();
        assert_eq!(got.final_url, server.url("/chain/0"));

        let err = fetch(&server.url("/chain/6"), &local_policy()).unwrap_err();
        assert!(
            matches!(err, FetchError::TooManyRedirects { max: 5, .. }),
            "{err}"
        );
        assert!(err.to_string().contains("too many redirects"), "{err}");
        assert!(err.to_string().contains("127.0.0.1"), "{err}");
    }

    #[test]
    fn relative_location_is_resolved_against_the_current_url() {
        let server = serve(|head, stream| match path_of(head) {
            "/dir/start" => send(
                stream,
                &reply("302 Found", &[("Location", "next?x=1")], b""),
            ),
            "/dir/next?x=1" => send(
                stream,
                &reply("303 See Other", &[("Location", "/final")], b""),
            ),
            "/final" => send(stream, &reply("200 OK", &[], b"done")),
            _ => send(stream, &reply("404 Not Found", &[], b"")),
        });
        let got = fetch(&server.url("/dir/start#part"), &local_policy()).unwrap();
        assert_eq!(got.body, b"done");
        assert_eq!(got.final_url, server.url("/final#part"));
    }

    #[test]
    fn http_error_status_names_the_status() {
        let server = serve(|_, stream| send(stream, &reply("404 Not Found", &[], b"gone")));
        let err = fetch(&server.url("/missing"), &local_policy()).unwrap_err();
        assert!(
            matches!(err, FetchError::Status { status: 404, .. }),
            "{err}"
        );
        assert!(err.to_string().contains("404"), "{err}");
        assert!(err.to_string().contains("/missing"), "{err}");
    }

    fn short_timeouts() -> FetchPolicy {
        FetchPolicy {
            connect_timeout: Duration::from_millis(500),
            total_timeout: Duration::from_millis(500),
            ..local_policy()
        }
    }

    #[test]
    fn server_stalling_in_the_body_times_out() {
        let server = serve(|_, stream| {
            send(
                stream,
                b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\nConnection: close\r\n\r\nsome bytes",
            );
            let _ = stream.flush();
            std::thread::sleep(Duration::from_secs(3));
        });
        let started = Instant::now();
        let err = fetch(&server.url("/slow"), &short_timeouts()).unwrap_err();
        assert!(
            matches!(
                err,
                FetchError::Timeout {
                    kind: TimeoutKind::Total,
                    ..
                }
            ),
            "{err}"
        );
        assert!(err.to_string().contains("timed out"), "{err}");
        assert!(started.elapsed() < Duration::from_millis(2500));
    }

    #[test]
    fn server_stalling_before_headers_times_out() {
        let server = serve(|_, _| std::thread::sleep(Duration::from_secs(3)));
        let started = Instant::now();
        let err = fetch(&server.url("/silent"), &short_timeouts()).unwrap_err();
        assert!(matches!(err, FetchError::Timeout { .. }), "{err}");
        assert!(started.elapsed() < Duration::from_millis(2500));
    }

    #[test]
    fn server_trickling_slowly_still_hits_the_total_timeout() {
        let server = serve(|_, stream| {
            send(
                stream,
                b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n",
            );
            for _ in 0..20 {
                if stream.write_all(b"x").and_then(|_| stream.flush()).is_err() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(150));
            }
        });
        let started = Instant::now();
        let err = fetch(&server.url("/trickle"), &short_timeouts()).unwrap_err();
        assert!(matches!(err, FetchError::Timeout { .. }), "{err}");
        assert!(started.elapsed() < Duration::from_millis(2500));
    }

    const MB: usize = 1024 * 1024;

    fn capped_policy() -> FetchPolicy {
        FetchPolicy {
            max_body_bytes: MB,
            ..local_policy()
        }
    }

    fn assert_too_large(result: Result<Fetched, FetchError>) {
        let err = result.unwrap_err();
        assert!(
            matches!(err, FetchError::TooLarge { limit, .. } if limit == MB),
            "{err}"
        );
        assert!(err.to_string().contains("1 MB"), "{err}");
    }

    #[test]
    fn body_at_the_cap_is_accepted() {
        let server = serve(|_, stream| send(stream, &reply("200 OK", &[], &vec![b'a'; MB])));
        let got = fetch(&server.url("/"), &capped_policy()).unwrap();
        assert_eq!(got.body.len(), MB);
    }

    #[test]
    fn body_over_the_cap_with_honest_length_is_refused() {
        let server = serve(|_, stream| send(stream, &reply("200 OK", &[], &vec![b'a'; 2 * MB])));
        assert_too_large(fetch(&server.url("/"), &capped_policy()));
    }

    #[test]
    fn body_over_the_cap_without_length_is_refused() {
        let server = serve(|_, stream| {
            send(stream, b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n");
            send(stream, &vec![b'a'; 2 * MB]);
        });
        assert_too_large(fetch(&server.url("/"), &capped_policy()));
    }

    #[test]
    fn body_over_the_cap_chunked_is_refused() {
        let server = serve(|_, stream| {
            send(
                stream,
                b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
            );
            let chunk = vec![b'a'; 64 * 1024];
            for _ in 0..40 {
                let mut piece = format!("{:x}\r\n", chunk.len()).into_bytes();
                piece.extend_from_slice(&chunk);
                piece.extend_from_slice(b"\r\n");
                if stream.write_all(&piece).is_err() {
                    return;
                }
            }
            send(stream, b"0\r\n\r\n");
        });
        assert_too_large(fetch(&server.url("/"), &capped_policy()));
    }

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(data).unwrap();
        encoder.finish().unwrap()
    }

    #[test]
    fn gzip_bomb_under_a_small_content_length_is_refused() {
        // 8 MB of zeros in a few KB: the Content-Length is true of the compressed bytes
        // and says nothing about what they decode to.
        let bomb = gzip(&vec![0u8; 8 * MB]);
        assert!(bomb.len() < 64 * 1024);
        let server = serve(move |_, stream| {
            send(
                stream,
                &reply("200 OK", &[("Content-Encoding", "gzip")], &bomb),
            )
        });
        assert_too_large(fetch(&server.url("/"), &capped_policy()));
    }

    #[test]
    fn gzip_body_is_decoded() {
        let text = "Zürich – gzip ".repeat(100);
        let packed = gzip(text.as_bytes());
        let server = serve(move |head, stream| {
            assert!(head.to_ascii_lowercase().contains("gzip"), "{head}");
            send(
                stream,
                &reply(
                    "200 OK",
                    &[
                        ("Content-Type", "text/plain; charset=utf-8"),
                        ("Content-Encoding", "gzip"),
                    ],
                    &packed,
                ),
            )
        });
        let got = fetch(&server.url("/"), &local_policy()).unwrap();
        assert_eq!(got.body, text.as_bytes());
        assert_eq!(got.header("content-encoding"), None);
    }

    #[test]
    fn brotli_body_is_decoded() {
        let text = "brotli body ".repeat(100);
        let mut packed = Vec::new();
        {
            let mut writer = brotli::CompressorWriter::new(&mut packed, 4096, 5, 22);
            writer.write_all(text.as_bytes()).unwrap();
        }
        let server = serve(move |_, stream| {
            send(
                stream,
                &reply("200 OK", &[("Content-Encoding", "br")], &packed),
            )
        });
        let got = fetch(&server.url("/"), &local_policy()).unwrap();
        assert_eq!(got.body, text.as_bytes());
    }

    const WINDOWS_1252_PAGE: &[u8] = b"<html><head><meta charset=\"windows-1252\"><title>t</title></head><body><p>caf\xe9 \x93quoted\x94</p></body></html>";

    #[test]
    fn meta_charset_page_is_returned_raw_and_decodes() {
        let server = serve(|_, stream| {
            send(
                stream,
                &reply(
                    "200 OK",
                    &[("Content-Type", "text/html")],
                    WINDOWS_1252_PAGE,
                ),
            )
        });
        let got = fetch(&server.url("/fr"), &local_policy()).unwrap();
        assert_eq!(got.charset, None);
        assert_eq!(got.content_type.as_deref(), Some("text/html"));
        assert_eq!(got.body, WINDOWS_1252_PAGE);
        let text = super::super::decode::decode_html_with_header(&got.body, got.charset.as_deref());
        assert!(text.contains("café “quoted”"), "{text}");
    }

    #[test]
    fn image_fetch_asks_for_images_and_has_its_own_cap() {
        let server = serve(|_, stream| {
            send(
                stream,
                &reply("200 OK", &[("Content-Type", "image/png")], &vec![7u8; 3000]),
            )
        });
        let got = fetch_image(&server.url("/a.png"), &local_policy()).unwrap();
        assert_eq!(got.content_type.as_deref(), Some("image/png"));
        assert_eq!(got.body.len(), 3000);
        let head = server.requests()[0].to_ascii_lowercase();
        assert!(head.contains("accept: image/"), "{head}");

        let small = FetchPolicy {
            max_image_bytes: 2000,
            ..local_policy()
        };
        let err = fetch_image(&server.url("/a.png"), &small).unwrap_err();
        assert!(
            matches!(err, FetchError::TooLarge { limit: 2000, .. }),
            "{err}"
        );
    }

    fn assert_refused(url: &str, address: &str) {
        let started = Instant::now();
        let err = fetch(url, &FetchPolicy::default()).unwrap_err();
        let FetchError::Refused { address: got, .. } = &err else {
            panic!("{url}: expected a refusal, got {err}");
        };
        assert_eq!(got.to_string(), address);
        let message = err.to_string();
        assert!(message.contains(address), "{message}");
        assert!(message.contains("allow"), "{message}");
        // Refused before trying anything that could take time.
        assert!(started.elapsed() < Duration::from_secs(1));
    }

    #[test]
    fn private_targets_are_refused_before_connecting() {
        let server = serve(|_, stream| send(stream, &reply("200 OK", &[], b"secret")));
        let port = server.port;
        assert_refused(&format!("http://127.0.0.1:{port}/"), "127.0.0.1");
        assert_refused(&format!("http://localhost:{port}/"), "127.0.0.1");
        assert_refused(&format!("http://LOCALHOST.:{port}/"), "127.0.0.1");
        assert_refused(&format!("http://[::1]:{port}/"), "::1");
        assert_refused(
            &format!("http://[::ffff:127.0.0.1]:{port}/"),
            "::ffff:127.0.0.1",
        );
        assert_refused(&format!("http://2130706433:{port}/"), "127.0.0.1");
        assert_refused("http://10.0.0.1/", "10.0.0.1");
        assert_refused(
            "http://169.254.169.254/latest/meta-data/",
            "169.254.169.254",
        );
        assert_refused("https://192.168.1.1/", "192.168.1.1");
        assert_refused("http://[fe80::1]/", "fe80::1");
        assert_eq!(server.accepted(), 0, "a refused fetch must not connect");
    }

    #[test]
    fn credentials_are_never_shown() {
        let err = fetch("http://alice:s3cret@10.0.0.1/x", &FetchPolicy::default()).unwrap_err();
        assert!(matches!(err, FetchError::Refused { .. }));
        assert!(!err.to_string().contains("s3cret"), "{err}");
        assert!(!err.to_string().contains("alice"), "{err}");
        let err = fetch("http://alice:s3cret@exa mple.com/", &FetchPolicy::default()).unwrap_err();
        assert!(matches!(err, FetchError::InvalidUrl { .. }), "{err}");
        assert!(!err.to_string().contains("s3cret"), "{err}");

        // Sent to the server, but not kept in the result.
        let server = serve(|_, stream| send(stream, &reply("200 OK", &[], b"ok")));
        let url = format!("http://alice:s3cret@127.0.0.1:{}/p", server.port);
        let got = fetch(&url, &local_policy()).unwrap();
        assert_eq!(got.requested_url, server.url("/p"));
        assert_eq!(got.final_url, server.url("/p"));
        assert!(server.requests()[0]
            .to_ascii_lowercase()
            .contains("authorization: basic"));
    }

    #[test]
    fn redirect_to_a_refused_hop_is_refused() {
        let target = serve(|_, stream| send(stream, &reply("200 OK", &[], b"internal")));
        let to_ip = target.url("/admin");
        let to_name = format!("http://localhost:{}/admin", target.port);
        for location in [to_ip, to_name] {
            let start = serve(move |_, stream| {
                send(stream, &reply("302 Found", &[("Location", &location)], b""))
            });
            // The first hop may use loopback; no later hop may.
            let allow = |hop: usize, ip: IpAddr| hop == 0 && ip.is_loopback();
            let hooks = Hooks {
                resolve: system_resolve,
                allow: &allow,
            };
            let err =
                fetch_with(&start.url("/"), &local_policy(), ACCEPT_PAGE, MB, &hooks).unwrap_err();
            let FetchError::Refused { url, address, .. } = &err else {
                panic!("expected a refusal, got {err}");
            };
            assert!(address.is_loopback());
            assert!(url.ends_with("/admin"), "{url}");
            assert_eq!(start.accepted(), 1);
        }
        assert_eq!(target.accepted(), 0);
    }

    #[test]
    fn redirect_to_another_scheme_is_refused() {
        let server = serve(|_, stream| {
            send(
                stream,
                &reply("301 Moved", &[("Location", "file:///etc/passwd")], b""),
            )
        });
        let err = fetch(&server.url("/"), &local_policy()).unwrap_err();
        assert!(matches!(err, FetchError::UnsupportedScheme { .. }), "{err}");
    }

    #[test]
    fn the_checked_address_is_pinned() {
        // Two servers on the same port, one on 127.0.0.1 and one on ::1 (where the machine
        // has IPv6). Our resolver says where "localhost" is; reqwest must go exactly there
        // (its own lookup of "localhost" would give 127.0.0.1 first).
        let v4 = serve(|_, stream| send(stream, &reply("200 OK", &[], b"v4")));
        let v6 = TcpListener::bind(("::1", v4.port))
            .ok()
            .map(|l| serve_on(l, |_, stream| send(stream, &reply("200 OK", &[], b"v6"))));
        let allow = |_: usize, ip: IpAddr| ip.is_loopback();
        let url = format!("http://localhost:{}/", v4.port);

        fn to_v6(_: &str, port: u16) -> io::Result<Vec<SocketAddr>> {
            Ok(vec![SocketAddr::new(IpAddr::V6(Ipv6Addr::LOCALHOST), port)])
        }
        let hooks = Hooks {
            resolve: to_v6,
            allow: &allow,
        };
        let result = fetch_with(&url, &local_policy(), ACCEPT_PAGE, MB, &hooks);
        match &v6 {
            Some(_) => assert_eq!(result.unwrap().body, b"v6"),
            None => assert!(result.is_err()),
        }
        assert_eq!(v4.accepted(), 0);

        fn to_v4(_: &str, port: u16) -> io::Result<Vec<SocketAddr>> {
            Ok(vec![SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), port)])
        }
        let hooks = Hooks {
            resolve: to_v4,
            allow: &allow,
        };
        let got = fetch_with(&url, &local_policy(), ACCEPT_PAGE, MB, &hooks).unwrap();
        assert_eq!(got.body, b"v4");
        assert!(v4.requests()[0].contains(&format!("localhost:{}", v4.port)));
    }

    #[test]
    fn a_name_resolving_to_a_private_address_is_refused() {
        fn to_private(_: &str, port: u16) -> io::Result<Vec<SocketAddr>> {
            Ok(vec![
                SocketAddr::new(IpAddr::V4(Ipv4Addr::new(93, 184, 215, 14)), port),
                SocketAddr::new(IpAddr::V4(Ipv4Addr::new(10, 1, 2, 3)), port),
            ])
        }
        let allow = |_: usize, ip: IpAddr| is_public_address(ip);
        let hooks = Hooks {
            resolve: to_private,
            allow: &allow,
        };
        let err = fetch_with(
            "http://news.example/",
            &FetchPolicy::default(),
            ACCEPT_PAGE,
            MB,
            &hooks,
        )
        .unwrap_err();
        let FetchError::Refused { address, kind, .. } = err else {
            panic!("expected a refusal, got {err}");
        };
        assert_eq!(address.to_string(), "10.1.2.3");
        assert_eq!(kind, "a private");
    }

    #[test]
    fn failed_lookup_is_a_dns_error() {
        fn fails(_: &str, _: u16) -> io::Result<Vec<SocketAddr>> {
            Err(io::Error::other("no such host"))
        }
        let allow = |_: usize, _: IpAddr| true;
        let hooks = Hooks {
            resolve: fails,
            allow: &allow,
        };
        let err = fetch_with(
            "https://nowhere.example/",
            &FetchPolicy::default(),
            ACCEPT_PAGE,
            MB,
            &hooks,
        )
        .unwrap_err();
        assert!(
            matches!(err, FetchError::Dns { ref host, .. } if host == "nowhere.example"),
            "{err}"
        );
        assert!(err.to_string().contains("nowhere.example"), "{err}");
    }

    #[test]
    fn slow_lookup_times_out() {
        fn slow(_: &str, _: u16) -> io::Result<Vec<SocketAddr>> {
            std::thread::sleep(Duration::from_secs(3));
            Err(io::Error::other("too late"))
        }
        let allow = |_: usize, _: IpAddr| true;
        let hooks = Hooks {
            resolve: slow,
            allow: &allow,
        };
        let started = Instant::now();
        let err = fetch_with(
            "http://slow.example/",
            &short_timeouts(),
            ACCEPT_PAGE,
            MB,
            &hooks,
        )
        .unwrap_err();
        assert!(matches!(err, FetchError::Timeout { .. }), "{err}");
        assert!(started.elapsed() < Duration::from_millis(2500));
    }

    #[test]
    fn connection_refused_is_a_network_error() {
        let port = {
            let listener = TcpListener::bind("127.0.0.1:0").unwrap();
            listener.local_addr().unwrap().port()
        };
        let err = fetch(&format!("http://127.0.0.1:{port}/"), &local_policy()).unwrap_err();
        assert!(matches!(err, FetchError::Network { .. }), "{err}");
        assert!(err.to_string().contains("127.0.0.1"), "{err}");
    }

    #[test]
    fn non_http_schemes_are_refused() {
        for (url, scheme) in [
            ("file:///etc/passwd", "file"),
            ("ftp://ftp.example.com/file.txt", "ftp"),
            ("javascript:alert(1)", "javascript"),
            ("data:text/html,<script>alert(1)</script>", "data"),
            ("mailto:someone@example.com", "mailto"),
        ] {
            let err = fetch(url, &FetchPolicy::default()).unwrap_err();
            assert!(
                matches!(&err, FetchError::UnsupportedScheme { scheme: s, .. } if s == scheme),
                "{url}: {err}"
            );
            let message = err.to_string();
            assert!(message.contains("only http and https"), "{message}");
        }
        for url in ["example.com/page", "http://", "http://exa mple.com/", ""] {
            let err = fetch(url, &FetchPolicy::default()).unwrap_err();
            assert!(matches!(err, FetchError::InvalidUrl { .. }), "{url}: {err}");
        }
        let long = format!("javascript:{}", "a".repeat(10_000));
        let message = fetch(&long, &FetchPolicy::default())
            .unwrap_err()
            .to_string();
        assert!(message.len() < 400, "{message}");
    }

    #[test]
    fn content_type_parsing() {
        let parse = |v: &str| parse_content_type(v);
        assert_eq!(
            parse("text/html; charset=ISO-8859-1"),
            (Some("text/html".into()), Some("iso-8859-1".into()))
        );
        assert_eq!(
            parse(" Text/HTML ;foo=bar; Charset = \"utf-8\" "),
            (Some("text/html".into()), Some("utf-8".into()))
        );
        assert_eq!(parse("image/png"), (Some("image/png".into()), None));
        assert_eq!(parse(""), (None, None));
    }

    #[test]
    fn public_address_table() {
        let not_public = [
            "0.0.0.0",
            "0.1.2.3",
            "127.0.0.1",
            "127.255.255.254",
            "10.0.0.1",
            "10.255.255.255",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.0.1",
            "100.64.0.1",
            "100.127.255.255",
            "169.254.169.254",
            "192.0.0.8",
            "192.0.2.1",
            "198.51.100.7",
            "203.0.113.9",
            "198.18.0.1",
            "198.19.255.255",
            "224.0.0.1",
            "239.255.255.250",
            "240.0.0.1",
            "255.255.255.255",
            "::",
            "::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "::ffff:169.254.169.254",
            "::ffff:0.0.0.0",
            "::127.0.0.1",
            "::8.8.8.8",
            "64:ff9b::10.0.0.1",
            "64:ff9b::127.0.0.1",
            "64:ff9b:1::1",
            "100::1",
            "2002:0a00:0001::1",
            "2002:7f00:0001::1",
            "2002:c0a8:0101::1",
            "2001:0:4136:e378:8000:63bf:f5ff:fffe", // Teredo, client 10.0.0.1
            "2001:0:0a00:0001::1",                  // Teredo, server 10.0.0.1
            "2001:db8::1",
            "2001:2::1",
            "2001:10::1",
            "3fff::1",
            "5f00::1",
            "fc00::1",
            "fd12:3456:789a::1",
            "fe80::1",
            "febf::1",
            "fec0::1",
            "ff02::1",
            "ff0e::1",
            "4000::1",
            "1::1",
        ];
        for text in not_public {
            let ip: IpAddr = text.parse().unwrap();
            assert!(!is_public_address(ip), "{text} should not be public");
            assert!(address_kind(ip).is_some());
        }
        let public = [
            "8.8.8.8",
            "1.1.1.1",
            "93.184.215.14",
            "172.15.255.255",
            "172.32.0.1",
            "192.169.0.1",
            "100.63.255.255",
            "100.128.0.1",
            "198.17.255.255",
            "198.20.0.1",
            "223.255.255.255",
            "::ffff:8.8.8.8",
            "64:ff9b::8.8.8.8",
            "2002:0808:0808::1",
            "2001:0:4136:e378:8000:63bf:f7f7:f7f7", // Teredo, client 8.8.8.8
            "2001:4860:4860::8888",
            "2606:4700:4700::1111",
            "2a00:1450:4001:81c::200e",
        ];
        for text in public {
            let ip: IpAddr = text.parse().unwrap();
            assert!(is_public_address(ip), "{text} should be public");
        }
    }
}
