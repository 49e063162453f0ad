fn main() {
    let args: Vec<String> = std::env::args().collect();
    let bytes = std::fs::read(&args[1]).unwrap();
    let html = cuttings_core::capture::decode::decode_html(&bytes);
    let url = args.get(2).map(|s| s.as_str());
    let e = cuttings_core::capture::html::read_html(&html, url, None);
    let n: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(3000);
    println!("{}", &e.body_html.chars().take(n).collect::<String>());
}
