//! `redress-receiver`: see the crate documentation and `--help`.

use std::io::Write;

use redress_receiver::options::{Options, USAGE};
use redress_receiver::router;
use redress_receiver::store::Store;

/// Ctrl-C, or SIGTERM (what service managers and container runtimes send):
/// requests under way finish, each stored submission is already on disk.
/// The handlers are installed when this is called, before the receiver says
/// it is running, so a stop that comes at once is not missed.
#[cfg(unix)]
fn stop_signal() -> impl std::future::Future<Output = ()> {
    use tokio::signal::unix::{signal, SignalKind};
    let terminate = signal(SignalKind::terminate());
    let interrupt = signal(SignalKind::interrupt());
    async move {
        match (terminate, interrupt) {
            (Ok(mut terminate), Ok(mut interrupt)) => {
                tokio::select! {
                    _ = terminate.recv() => {}
                    _ = interrupt.recv() => {}
                }
            }
            _ => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
}

#[cfg(not(unix))]
fn stop_signal() -> impl std::future::Future<Output = ()> {
    async {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// `redress-receiver prerender [--dist DIR] [--config FILE]`: writes the
/// start pages into the bundle; the exit code.
fn prerender(args: Vec<String>) -> i32 {
    let options = match Options::parse(args, |_| None) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("redress-receiver prerender: {message}");
            return 2;
        }
    };
    let config = options.config_path();
    match redress::prerender::write(&options.dist, &config) {
        Ok(files) => {
            println!(
                "redress-receiver prerender: wrote {} files into {} from {}: {}",
                files.len(),
                options.dist.display(),
                config.display(),
                files.join(", ")
            );
            0
        }
        Err(problems) => {
            eprintln!(
                "redress-receiver prerender: nothing written; mend these in {} (or the bundle):\n  {}",
                config.display(),
                problems.join("\n  ")
            );
            1
        }
    }
}

/// `redress-receiver deliveries [--data DIR] [--retry]`: lists the
/// deliveries that failed for good, and with `--retry` makes them pending
/// again; the exit code.
fn deliveries(args: Vec<String>) -> i32 {
    let (data, retry) = match Options::data_only(args) {
        Ok(found) => found,
        Err(message) => {
            eprintln!("redress-receiver deliveries: {message}");
            return 2;
        }
    };
    let database = Options {
        data,
        ..Options::default()
    }
    .database();
    if !database.is_file() {
        eprintln!(
            "redress-receiver deliveries: no database at {}; name its folder with --data DIR",
            database.display()
        );
        return 2;
    }
    let store = match Store::open(&database) {
        Ok(store) => store,
        Err(error) => {
            eprintln!("redress-receiver deliveries: {error}");
            return 1;
        }
    };
    let failed = match store.failed() {
        Ok(failed) => failed,
        Err(error) => {
            eprintln!("redress-receiver deliveries: {error}");
            return 1;
        }
    };
    if failed.is_empty() {
        println!("No deliveries have failed.");
        return 0;
    }
    for delivery in &failed {
        println!(
            "{}\tto the {}\tfailed after {} attempts\t{}",
            delivery.reference,
            delivery.target,
            delivery.attempts,
            delivery.last_error.as_deref().unwrap_or("")
        );
    }
    if !retry {
        println!(
            "{} failed; run again with --retry to send them again.",
            failed.len()
        );
        return 0;
    }
    match store.retry_failed() {
        Ok(count) => {
            println!(
                "{count} made pending again; a running receiver sends them within 30 seconds."
            );
            0
        }
        Err(error) => {
            eprintln!("redress-receiver deliveries: {error}");
            1
        }
    }
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // The dates for a council's setup, on its own server: redress-dates.
    if args.first().is_some_and(|first| first == "dates") {
        std::process::exit(redress_core::cli::main(&args[1..]));
    }
    // The start pages, written into the bundle for static hosting.
    if args.first().is_some_and(|first| first == "prerender") {
        std::process::exit(prerender(args[1..].to_vec()));
    }
    // Deliveries that failed for good, listed and sent again.
    if args.first().is_some_and(|first| first == "deliveries") {
        std::process::exit(deliveries(args[1..].to_vec()));
    }
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
    if options.print_policy {
        if !options.config_path().is_file() {
            eprintln!(
                "redress-receiver: no configuration at {}; name it with --config FILE",
                options.config_path().display()
            );
            std::process::exit(2);
        }
        match redress_receiver::config_file::ConfigFile::open(
            &options.config_path(),
            &options.allowed_origins,
        ) {
            Ok(config) => {
                println!("{}", config.policy().to_str().unwrap_or_default());
                return;
            }
            Err(message) => {
                eprintln!("redress-receiver: {message}");
                std::process::exit(2);
            }
        }
    }
    if !options.dist.join("index.html").is_file() {
        eprintln!(
            "redress-receiver: {} has no index.html; build the wizard first (./x build)",
            options.dist.display()
        );
        std::process::exit(2);
    }
    let store = match Store::open(&options.database()) {
        Ok(store) => store.with_quota(options.max_stored).with_deliveries_for({
            let deliveries = options.deliveries.clone();
            move |payload| deliveries.targets_for(payload)
        }),
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
    let stop = stop_signal();
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
    for line in options.deliveries.describe() {
        println!("{line}");
    }
    let _ = std::io::stdout().flush();
    // Deliveries still owed from before a restart are sent too. With no
    // target configured they wait, pending, until one is again.
    if !options.deliveries.targets().is_empty() {
        tokio::spawn(redress_receiver::outbox::run(
            store.clone(),
            std::sync::Arc::new(options.deliveries.clone()),
        ));
    }
    // Files whose submission never came are not kept for ever.
    tokio::spawn(redress_receiver::attachments::prune(store.clone()));
    let app = match router(&options, store) {
        Ok(app) => app,
        Err(message) => {
            eprintln!("redress-receiver: {message}");
            std::process::exit(2);
        }
    };
    redress_receiver::serve::serve(listener, app, options.header_timeout, stop).await;
}
