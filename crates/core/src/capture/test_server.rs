//! Test support: a loopback HTTP server answering from a table of paths, and a test image.

use std::io::{Read, Write};
use std::net::TcpListener;

/// A path the server answers, with its content type and body.
type Route = (&'static str, &'static str, Vec<u8>);

/// A loopback server answering as many requests as it has routes, each by its path from
/// `routes` (404 for another path); returns its base URL.
pub(crate) fn serve(routes: Vec<Route>) -> (String, std::thread::JoinHandle<()>) {
    let requests = routes.len();
    serve_requests(routes, requests)
}

/// [`serve`], answering `requests` requests.
pub(crate) fn serve_requests(
    routes: Vec<Route>,
    requests: usize,
) -> (String, std::thread::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let handle = std::thread::spawn(move || {
        for _ in 0..requests {
            let Ok((mut stream, _)) = listener.accept() else {
                return;
            };
            let mut buf = [0u8; 4096];
            let n = stream.read(&mut buf).unwrap_or(0);
            let head = String::from_utf8_lossy(&buf[..n]).to_string();
            let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
            let found = routes.iter().find(|(p, _, _)| *p == path);
            let (status, ctype, body) = match found {
                Some((_, ctype, body)) => ("200 OK", *ctype, body.clone()),
                None => ("404 Not Found", "text/plain", b"missing".to_vec()),
            };
            let _ = write!(stream, "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
            let _ = stream.write_all(&body);
        }
    });
    (base, handle)
}

/// A 600×400 PNG.
pub(crate) fn png() -> Vec<u8> {
    let img = image::RgbImage::from_fn(600, 400, |x, y| {
        image::Rgb([(x % 250) as u8, (y % 250) as u8, 80])
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}
