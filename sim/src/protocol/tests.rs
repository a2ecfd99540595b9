use super::*;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

fn wire(seq: u8, cmd: u8, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    encode_frame(seq, cmd, payload, &mut out).unwrap();
    out
}

fn decode_all(d: &mut Decoder, bytes: &[u8]) -> Vec<Result<Frame, FrameError>> {
    bytes.iter().filter_map(|&b| d.push(b)).collect()
}

/// CRC-16/GENIBUS computed a different way (bit-serial, MSB first), for cross-checks.
fn crc_ref(data: &[u8]) -> u16 {
    let mut crc: u32 = 0xFFFF;
    for &byte in data {
        for bit in (0..8).rev() {
            let inb = ((byte >> bit) & 1) as u32;
            let top = (crc >> 15) & 1;
            crc = (crc << 1) & 0xFFFF;
            if top ^ inb == 1 {
                crc ^= 0x1021;
            }
        }
    }
    (crc ^ 0xFFFF) as u16
}

#[test]
fn crc_check_value() {
    assert_eq!(crc16(b"123456789"), 0xD64E);
    assert_eq!(crc_ref(b"123456789"), 0xD64E);
    let mut b = b"123456789".to_vec();
    b.extend_from_slice(&0xD64Eu16.to_be_bytes());
    assert_eq!(
        b.iter().fold(0xFFFF, |c, &x| crc16_update(c, x)),
        CRC_RESIDUE
    );
    // Appended zero bytes break the residue.
    b.push(0);
    assert_ne!(
        b.iter().fold(0xFFFF, |c, &x| crc16_update(c, x)),
        CRC_RESIDUE
    );
}

#[test]
fn cobs_known_vectors() {
    let cases: [(&[u8], &[u8]); 5] = [
        (&[], &[0x01]),
        (&[0x00], &[0x01, 0x01]),
        (&[0x11, 0x22, 0x00, 0x33], &[0x03, 0x11, 0x22, 0x02, 0x33]),
        (&[0x11, 0x00, 0x00], &[0x02, 0x11, 0x01, 0x01]),
        (&[0x00, 0x00], &[0x01, 0x01, 0x01]),
    ];
    for (raw, enc) in cases {
        let mut out = Vec::new();
        cobs_encode(raw, &mut out);
        assert_eq!(out, enc, "encoding {raw:02X?}");
        let mut dec = Vec::new();
        cobs_decode(enc, &mut dec).unwrap();
        assert_eq!(dec, raw, "decoding {enc:02X?}");
    }
    // 254 non-zero bytes: one full block; 255: a second block.
    for n in [253usize, 254, 255, 508, 509, 600] {
        let raw: Vec<u8> = (0..n).map(|i| (i % 255 + 1) as u8).collect();
        let mut out = Vec::new();
        cobs_encode(&raw, &mut out);
        assert!(!out.contains(&0));
        assert!(out.len() <= n + n / 254 + 1, "{n}: {} bytes", out.len());
        let mut dec = Vec::new();
        cobs_decode(&out, &mut dec).unwrap();
        assert_eq!(dec, raw, "{n}");
    }
}

#[test]
fn frame_round_trip_and_resync() {
    let mut d = Decoder::new();
    let mut bytes = vec![0x00, 0x00, 0x37, 0x41, 0xFF];
    // garbage then delimiter: one framing or CRC error, then good frames.
    bytes.push(0);
    bytes.extend(wire(7, cmd::READ, &[1, 0, 2, 3, 0]));
    bytes.extend(wire(8, cmd::STATUS, &[]));
    let r = decode_all(&mut d, &bytes);
    assert_eq!(r.len(), 3);
    assert!(r[0].is_err());
    assert_eq!(
        r[1],
        Ok(Frame {
            seq: 7,
            cmd: cmd::READ,
            payload: vec![1, 0, 2, 3, 0]
        })
    );
    assert_eq!(
        r[2],
        Ok(Frame {
            seq: 8,
            cmd: cmd::STATUS,
            payload: vec![]
        })
    );
}

#[test]
fn errors_are_classified() {
    let mut d = Decoder::new();
    // Too short: 3-byte body.
    let mut b = Vec::new();
    cobs_encode(&[1, 2, 3], &mut b);
    b.push(0);
    assert_eq!(
        decode_all(&mut d, &b),
        vec![Err(FrameError::Framing { seq: 1 })]
    );
    // Bad COBS: code byte points past the end.
    assert_eq!(
        decode_all(&mut d, &[5, 9, 9, 0]),
        vec![Err(FrameError::Framing { seq: 9 })]
    );
    // CRC flipped.
    let mut w = wire(3, cmd::RESET, &[]);
    let n = w.len();
    w[n - 2] ^= 0x40;
    assert_eq!(
        decode_all(&mut d, &w),
        vec![Err(FrameError::Crc { seq: 3 })]
    );
    // Over-long frame: dropped, then the next one is fine.
    let mut w = vec![0x55u8; MAX_ENCODED + 10];
    w.push(0);
    w.extend(wire(4, cmd::RESET, &[]));
    let r = decode_all(&mut d, &w);
    assert!(matches!(r[0], Err(FrameError::Framing { .. })));
    assert_eq!(r[1].as_ref().map(|f| f.seq), Ok(4));
    // Largest payload fits.
    let p = vec![0xA5u8; MAX_PAYLOAD];
    let w = wire(9, cmd::WRITE, &p);
    assert!(w.len() <= MAX_ENCODED + 1);
    assert_eq!(decode_all(&mut d, &w)[0].as_ref().unwrap().payload, p);
    let mut out = Vec::new();
    assert!(encode_frame(0, 0, &vec![0; MAX_PAYLOAD + 1], &mut out).is_err());
}

fn stream(steps: &[Vec<u32>], width: usize) -> Vec<u8> {
    let mut b = Vec::new();
    encode_spike_stream(steps, width, &mut b).unwrap();
    b
}

fn parse_stream(b: &[u8], steps: usize) -> Result<Vec<Vec<u32>>, ProtocolError> {
    let mut r = Reader::new(b);
    let mut out = Vec::new();
    read_spike_stream(&mut r, steps, &mut out)?;
    r.end("the stream")?;
    Ok(out)
}

#[test]
fn spike_stream_known_vectors() {
    // width 64: bitmap token of 2 + 8 bytes; a list of 5 ids is 10 bytes (tie: list),
    // 6 ids: bitmap.
    let steps = vec![
        vec![],
        vec![],
        vec![],
        vec![7],
        vec![1, 2, 3, 4, 63],
        vec![1, 2, 3, 4, 5, 63],
        vec![],
        vec![0x3F],
    ];
    let b = stream(&steps, 64);
    #[rustfmt::skip]
    let want = [
        3, 0x80, // skip 3
        7, 0x40, // last id 7
        1, 0, 2, 0, 3, 0, 4, 0, 63, 0x40, // list of 5
        8, 0xC0, 0b0011_1110, 0, 0, 0, 0, 0, 0, 0x80, // bitmap of 8 bytes
        1, 0x80, // skip 1
        0x3F, 0x40,
    ];
    assert_eq!(b, want);
    assert_eq!(parse_stream(&b, steps.len()).unwrap(), steps);
    // A wide id and a long run of empty steps.
    let mut steps = vec![Vec::new(); 255];
    steps[254] = vec![4095];
    assert_eq!(stream(&steps, 4096), [254, 0x80, 0xFF, 0x4F]);
    // Encoder refusals.
    let mut p = Vec::new();
    assert!(encode_spike_stream(&[vec![3, 3]], 64, &mut p).is_err());
    assert!(encode_spike_stream(&[vec![64]], 64, &mut p).is_err());
    assert!(encode_spike_stream(&[vec![1]], 4097, &mut p).is_err());
}

#[test]
fn spike_stream_refuses_malformed() {
    let bad: [(&[u8], usize); 12] = [
        (&[], 1),                 // no token
        (&[5], 1),                // half a token
        (&[5, 0x40, 6, 0x40], 1), // bytes after the last step
        (&[0, 0x80], 1),          // skip of 0
        (&[3, 0x80], 2),          // skip past the steps
        (&[5, 0x50], 1),          // id token with bit 12 set
        (&[5, 0x60], 1),          // id token with bit 13 set
        (&[5, 0, 4, 0x40], 1),    // descending
        (&[5, 0, 5, 0x40], 1),    // repeated
        (&[5, 0, 1, 0x80], 1),    // list not ended, skip follows
        (&[0, 0xC0], 1),          // bitmap of 0 bytes
        (&[1, 0xC0], 1),          // bitmap cut
    ];
    for (b, n) in bad {
        assert!(parse_stream(b, n).is_err(), "{b:?} accepted for {n} steps");
    }
    let mut big = vec![0x01, 0xC2];
    big.resize(2 + 513, 0);
    assert!(parse_stream(&big, 1).is_err(), "513-byte bitmap accepted");
    // Non-canonical but well-formed streams are accepted.
    assert_eq!(
        parse_stream(&[1, 0x80, 1, 0x80, 1, 0xC0, 0x81, 9, 0x40], 4).unwrap(),
        vec![vec![], vec![], vec![0, 7], vec![9]]
    );
}

/// Random batches at random widths: the stream decodes to the steps, has the canonical
/// length, and re-encoding any accepted stream of random tokens gives its canonical form.
#[test]
fn spike_stream_round_trip_property() {
    let mut rng = ChaCha8Rng::seed_from_u64(31);
    for case in 0..3_000 {
        let width = match rng.gen_range(0..4) {
            0 => rng.gen_range(1..=16),
            1 => rng.gen_range(1..=300),
            2 => 4096,
            _ => rng.gen_range(1..=4096),
        };
        let density = rng.gen_range(0.0..1.0f64).powi(3);
        let n = rng.gen_range(1..=255);
        let steps: Vec<Vec<u32>> = (0..n)
            .map(|_| {
                if rng.gen_bool(0.4) {
                    return Vec::new();
                }
                (0..width as u32)
                    .filter(|_| rng.gen_bool(density))
                    .collect()
            })
            .collect();
        let b = stream(&steps, width);
        assert_eq!(parse_stream(&b, n).unwrap(), steps, "case {case}");
        // Canonical length: one token per maximal empty run, the shorter form otherwise.
        let mut want = 0;
        for (k, s) in steps.iter().enumerate() {
            if s.is_empty() {
                want += if k > 0 && steps[k - 1].is_empty() {
                    0
                } else {
                    2
                };
            } else {
                want += spike_step_len(s.len(), width);
            }
        }
        assert_eq!(b.len(), want, "case {case}: width {width}");
        // Every step fits the worst case.
        assert!(b.len() <= n * max_spike_step_len(width));
        // Non-canonical: every step as a bitmap of the full width, empty runs split.
        let len = width.div_ceil(8);
        let mut nc = Vec::new();
        for s in &steps {
            if s.is_empty() && rng.gen() {
                nc.extend_from_slice(&(token::SKIP | 1).to_le_bytes());
                continue;
            }
            nc.extend_from_slice(&(token::BITMAP | len as u16).to_le_bytes());
            let at = nc.len();
            nc.resize(at + len, 0);
            for &id in s {
                nc[at + id as usize / 8] |= 1 << (id % 8);
            }
        }
        assert_eq!(parse_stream(&nc, n).unwrap(), steps, "case {case}");
    }
}

#[test]
fn commands_and_responses_round_trip() {
    let cmds = [
        Command::Info,
        Command::Reset,
        Command::Status,
        Command::Write {
            addr: address(0, region::WEIGHTS, 0x120),
            data: vec![1, 0xFFFF, 0x8000],
        },
        Command::Read {
            addr: address(1, region::REGS, 8),
            count: 7,
        },
    ];
    for c in cmds {
        let p = c.encode_payload().unwrap();
        assert_eq!(Command::decode(c.code(), &p).unwrap(), c);
    }
    let run = Command::Run {
        steps: vec![vec![0, 5], vec![], (0..100).collect()],
        width: 100,
    };
    let p = run.encode_payload().unwrap();
    match Command::decode(cmd::RUN, &p).unwrap() {
        Command::Run { steps, .. } => {
            assert_eq!(steps, vec![vec![0, 5], vec![], (0..100).collect()])
        }
        other => panic!("{other:?}"),
    }
    // Region crossing and bad sizes are refused.
    assert!(Command::Read {
        addr: 0xFFFF,
        count: 2
    }
    .encode_payload()
    .is_err());
    assert!(Command::decode(cmd::WRITE, &[0, 0, 0, 1]).is_err());
    assert!(Command::decode(cmd::RESET, &[0]).is_err());
    assert!(Command::decode(0x42, &[]).is_err());

    let st = Status {
        frames_ok: 1,
        crc_errors: 2,
        framing_errors: 3,
        nacks_sent: 4,
        duplicates: 5,
        steps_run: 6,
        last_step_cycles: 7,
        out_overflows: 8,
        in_overflows: 9,
        dropped_routes: 0xFFFF_FFFF,
    };
    let resps = [
        Response::Info(Info {
            version: VERSION,
            max_payload: MAX_PAYLOAD as u16,
            cores: 1,
            inputs: 64,
            neurons: 256,
            last_seq: 200,
        }),
        Response::Reset,
        Response::Write,
        Response::Read(vec![1, 2, 0xFFFF]),
        Response::Run(vec![vec![], vec![3, 255], (0..256).collect()]),
        Response::Status(st),
        Response::Nack {
            code: NackCode::BadAddress,
            cmd: cmd::WRITE,
        },
    ];
    for r in resps {
        let p = r.encode_payload(256).unwrap();
        assert_eq!(Response::decode(r.code(), &p).unwrap(), r);
    }
}

/// A random, valid frame (seq, cmd, payload) and its wire bytes.
fn random_frame(rng: &mut ChaCha8Rng) -> (Frame, Vec<u8>) {
    let len = if rng.gen_ratio(1, 50) {
        rng.gen_range(0..=MAX_PAYLOAD)
    } else {
        rng.gen_range(0..40)
    };
    let zero_heavy = rng.gen_bool(0.3);
    let payload: Vec<u8> = (0..len)
        .map(|_| {
            if zero_heavy && rng.gen_bool(0.5) {
                0
            } else {
                rng.gen()
            }
        })
        .collect();
    let f = Frame {
        seq: rng.gen(),
        cmd: rng.gen(),
        payload,
    };
    let w = wire(f.seq, f.cmd, &f.payload);
    (f, w)
}

/// 1,000,000 random, mutated and truncated frames through one decoder: no panic, every
/// intact frame accepted exactly, every accepted frame's CRC checks out under an
/// independent CRC implementation, and resynchronisation after every bad frame.
#[test]
fn fuzz_decoder_one_million_frames() {
    for seed in 0..5u64 {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut d = Decoder::new();
        let (mut accepted_mutants, mut rejected) = (0u64, 0u64);
        for _ in 0..200_000 {
            let kind = rng.gen_range(0..6);
            let (f, mut w) = random_frame(&mut rng);
            match kind {
                0 => {}
                1 => {
                    // flip 1..=3 bits anywhere (delimiter included)
                    for _ in 0..rng.gen_range(1..=3) {
                        let i = rng.gen_range(0..w.len());
                        w[i] ^= 1 << rng.gen_range(0..8);
                    }
                }
                2 => {
                    // truncate (drop the tail, keep a delimiter)
                    let keep = rng.gen_range(0..w.len() - 1);
                    w.truncate(keep);
                    w.push(0);
                }
                3 => {
                    // insert random bytes
                    for _ in 0..rng.gen_range(1..=4) {
                        let i = rng.gen_range(0..w.len());
                        w.insert(i, rng.gen());
                    }
                }
                4 => {
                    // delete bytes
                    for _ in 0..rng.gen_range(1..=3).min(w.len() - 1) {
                        let i = rng.gen_range(0..w.len() - 1);
                        w.remove(i);
                    }
                }
                _ => {
                    // pure noise
                    let n = rng.gen_range(0..60);
                    w = (0..n).map(|_| rng.gen()).collect();
                }
            }
            let mutated = kind != 0;
            let mut results = decode_all(&mut d, &w);
            // Always end with a delimiter so no state carries into the next frame's check,
            // then check that an intact frame right after is accepted (resynchronisation).
            if let Some(r) = d.push(0) {
                results.push(r);
            }
            for r in &results {
                match r {
                    Ok(got) => {
                        let mut body = vec![got.seq, got.cmd];
                        body.extend_from_slice(&got.payload);
                        assert!(body.len() + 2 <= MAX_BODY);
                        // The wire carried this body's CRC: re-encode and find it in w.
                        let crc = crc_ref(&body);
                        let mut re = Vec::new();
                        body.extend_from_slice(&crc.to_be_bytes());
                        cobs_encode(&body, &mut re);
                        assert!(
                            w.windows(re.len()).any(|x| x == re.as_slice()),
                            "seed {seed}: accepted a frame whose CRC is not on the wire"
                        );
                        if mutated && *got != f {
                            accepted_mutants += 1;
                        }
                        if !mutated {
                            assert_eq!(*got, f, "seed {seed}: intact frame changed");
                        }
                    }
                    Err(_) => rejected += 1,
                }
            }
            if !mutated {
                assert_eq!(
                    results.len(),
                    1,
                    "seed {seed}: intact frame not accepted once"
                );
            }
            let (g, gw) = random_frame(&mut rng);
            let r = decode_all(&mut d, &gw);
            assert_eq!(r, vec![Ok(g)], "seed {seed}: no resync after kind {kind}");
        }
        assert!(rejected > 100_000, "seed {seed}: only {rejected} rejected");
        // CRC-16 lets ~1/65536 of corrupt frames through; far fewer here.
        assert!(
            accepted_mutants < 20,
            "seed {seed}: {accepted_mutants} mutants accepted"
        );
    }
}

/// Random payloads into the command and response parsers: errors, never panics.
#[test]
fn fuzz_message_parsers() {
    let mut rng = ChaCha8Rng::seed_from_u64(99);
    for _ in 0..200_000 {
        let code: u8 = if rng.gen_bool(0.5) {
            rng.gen_range(0..6) | if rng.gen() { ACK_FLAG } else { 0 }
        } else {
            rng.gen()
        };
        let n = rng.gen_range(0..80);
        let p: Vec<u8> = (0..n).map(|_| rng.gen()).collect();
        if let Ok(c) = Command::decode(code, &p) {
            if !matches!(c, Command::Run { .. }) {
                assert_eq!(c.encode_payload().unwrap(), p);
            }
        }
        let _ = Response::decode(code, &p);
    }
}

#[test]
fn max_run_steps_leaves_room_for_one_bitmap() {
    for neurons in [1usize, 7, 8, 13, 256, 1000, 4096] {
        let n = max_run_steps(neurons, MAX_PAYLOAD);
        let room = |s: usize| 1 + s * max_spike_step_len(neurons) + run_scratch_len(neurons);
        assert!(
            room(n) <= MAX_PAYLOAD,
            "{neurons} neurons: {n} steps overflow"
        );
        assert!(
            n == 255 || room(n + 1) > MAX_PAYLOAD,
            "{neurons} neurons: {n} steps is not the largest batch"
        );
    }
    assert_eq!(max_run_steps(256, MAX_PAYLOAD), 29);
    assert_eq!(max_run_steps(4096, 100), 0);
}
