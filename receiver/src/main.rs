//! `redress-receiver`: see the crate documentation and `--help`.

use std::io::Write;

use redress_receiver::options::{Options, USAGE};
use redress_receiver::router;
use redress_receiver::store::Store;

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return;
    }
    let options = match Options::parse(args, |name| std::env::var(name).ok()) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("redress-receiver: {message}");
            std::process::exit(2);
        }
    };
    if !options.dist.join("index.html").is_file() {
        eprintln!(
            "redress-receiver: {} has no index.html; build the wizard first (./x build)",
            options.dist.display()
        );
        std::process::exit(2);
    }
    let store = match Store::open(&options.database()) {
        Ok(store) => store,
        Err(error) => {
            eprintln!("redress-receiver: {error}");
            std::process::exit(1);
        }
    };
    let address = format!("{}:{}", options.host, options.port);
    let listener = match tokio::net::TcpListener::bind(&address).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("redress-receiver: could not listen on {address}: {error} (set --port or PORT to another port)");
            std::process::exit(1);
        }
    };
    let bound = listener
        .local_addr()
        .map(|a| a.port())
        .unwrap_or(options.port);
    // The first line is read by the end-to-end harness: keep its shape.
    println!("Redress is running at http://{}:{bound}/", options.host);
    println!(
        "Submissions are kept in {}; staff listing {}",
        options.database().display(),
        if options.staff_token.is_some() {
            "on (GET /api/submissions with the token)"
        } else {
            "off (set REDRESS_STAFF_TOKEN)"
        }
    );
    let _ = std::io::stdout().flush();
    let app = router(&options, store);
    let app = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
    let stopped = axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await;
    if let Err(error) = stopped {
        eprintln!("redress-receiver: {error}");
        std::process::exit(1);
    }
}
