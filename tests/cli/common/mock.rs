//! A mock AI server on 127.0.0.1, started by the test itself: it answers
//! each request with the next scripted reply and records what it got.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Clone, Debug)]
pub struct Reply {
    pub status: u16,
    pub body: String,
    /// Never answer (hold the connection open).
    pub hang: bool,
    /// A `Location` header (for a redirect).
    pub location: Option<String>,
}

impl Reply {
    pub fn json(status: u16, body: impl Into<String>) -> Reply {
        Reply {
            status,
            body: body.into(),
            hang: false,
            location: None,
        }
    }

    /// `302 Found` to `location`.
    pub fn redirect(location: impl Into<String>) -> Reply {
        Reply {
            location: Some(location.into()),
            ..Reply::json(302, "{}")
        }
    }

    pub fn hang() -> Reply {
        Reply {
            status: 200,
            body: String::new(),
            hang: true,
            location: None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Recorded {
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).expect("request body is JSON")
    }
}

pub struct MockServer {
    pub url: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
}

impl MockServer {
    /// Serves `replies` in order; the last one repeats.
    pub fn start(replies: Vec<Reply>) -> MockServer {
        MockServer::start_on("127.0.0.1", replies)
    }

    /// `start`, on another loopback address (another host, as far as a
    /// client can tell).
    pub fn start_on(host: &str, replies: Vec<Reply>) -> MockServer {
        let listener = TcpListener::bind(format!("{host}:0")).expect("bind a loopback address");
        let url = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&requests);
        std::thread::spawn(move || {
            let mut n = 0;
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let reply = replies[n.min(replies.len() - 1)].clone();
                n += 1;
                let seen = Arc::clone(&seen);
                std::thread::spawn(move || serve(stream, reply, seen));
            }
        });
        MockServer { url, requests }
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }
}

fn serve(stream: TcpStream, reply: Reply, seen: Arc<Mutex<Vec<Recorded>>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let path = line.split_whitespace().nth(1).unwrap_or("").to_string();
    let mut headers = Vec::new();
    let mut length = 0usize;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).is_err() || h == "\r\n" || h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.trim_end().split_once(':') {
            let (k, v) = (k.trim().to_string(), v.trim().to_string());
            if k.eq_ignore_ascii_case("content-length") {
                length = v.parse().unwrap_or(0);
            }
            headers.push((k, v));
        }
    }
    let mut body = vec![0u8; length];
    let _ = reader.read_exact(&mut body);
    seen.lock().unwrap().push(Recorded {
        path,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    });
    if reply.hang {
        std::thread::sleep(Duration::from_secs(120));
        return;
    }
    let mut stream = stream;
    let location = reply
        .location
        .map(|l| format!("Location: {l}\r\n"))
        .unwrap_or_default();
    let response = format!(
        "HTTP/1.1 {} Mock\r\nContent-Type: application/json\r\n{location}Content-Length: {}\r\nConnection: close\r\n\r\n{}",
        reply.status,
        reply.body.len(),
        reply.body
    );
    let _ = stream.write_all(response.as_bytes());
}
