//! The pseudo-terminal side of the emulator: a pty pair whose slave path the host opens
//! like any serial port, and two threads that move bytes between the pty master and an
//! engine's [`ByteLink`].

use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use anyhow::{Context, Result};
use serialport::{SerialPort, TTYPort};

use super::ByteLink;

/// A running pty bridge. Dropping it stops the copy threads.
pub struct PtyBridge {
    /// The path the host opens (e.g. `/dev/pts/7`).
    pub port: String,
    stop: Arc<AtomicBool>,
    threads: Vec<JoinHandle<()>>,
    /// Kept open so the master never sees a hang-up between host sessions.
    _slave: TTYPort,
}

impl PtyBridge {
    /// Open a pty pair and start copying; returns the bridge and the engine's side of the link.
    pub fn open() -> Result<(PtyBridge, ByteLink)> {
        let (mut master, slave) = TTYPort::pair().context("cannot open a pseudo-terminal pair")?;
        let port = slave.name().context("the pseudo-terminal has no name")?;
        master.set_timeout(Duration::from_millis(20))?;
        let mut master_w = master
            .try_clone_native()
            .context("cannot clone the pty master")?;
        let (to_board_tx, to_board_rx): (Sender<Vec<u8>>, Receiver<Vec<u8>>) = channel();
        let (from_board_tx, from_board_rx): (Sender<Vec<u8>>, Receiver<Vec<u8>>) = channel();
        let stop = Arc::new(AtomicBool::new(false));
        let s1 = stop.clone();
        let host_to_board = std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while !s1.load(Ordering::Relaxed) {
                match master.read(&mut buf) {
                    Ok(0) => {}
                    Ok(n) => {
                        if to_board_tx.send(buf[..n].to_vec()).is_err() {
                            break;
                        }
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {}
                    // EIO while no host has the port open: wait for one.
                    Err(_) => std::thread::sleep(Duration::from_millis(20)),
                }
            }
        });
        let s2 = stop.clone();
        let board_to_host = std::thread::spawn(move || {
            while !s2.load(Ordering::Relaxed) {
                match from_board_rx.recv_timeout(Duration::from_millis(20)) {
                    Ok(bytes) => {
                        if master_w.write_all(&bytes).is_err() {
                            break;
                        }
                    }
                    Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
                    Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
                }
            }
        });
        Ok((
            PtyBridge {
                port,
                stop,
                threads: vec![host_to_board, board_to_host],
                _slave: slave,
            },
            ByteLink {
                to_board: to_board_rx,
                from_board: from_board_tx,
            },
        ))
    }
}

impl Drop for PtyBridge {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        for t in self.threads.drain(..) {
            t.join().ok();
        }
    }
}
