//! Command engine: executes NeuroLink commands ([`neurosim::protocol`]) against the
//! NeuroCore control port and step interface, with the same responses and link counters
//! as the software board model (`neurohost::board_model`), except where the model
//! refuses what the hardware simply passes to the core (see that module).
//!
//! Byte stream in from a UART receiver (`rx_data`/`rx_valid`), byte stream out to a UART
//! transmitter (`tx_data`/`tx_valid`/`tx_ready`). Inside: a [`FrameRx`] writing the
//! payload of each frame into a 1 KB receive buffer (seq and cmd in registers), this
//! engine's state machine, a 1 KB transmit buffer holding the response payload (kept for
//! replays of the same `seq`; its seq and cmd bytes are registers) and a [`FrameTx`] that
//! sends it. INFO responses and NACKs of dropped frames are not stored: their few payload
//! bytes are generated as the encoder asks for them. The five link counters live in a
//! fifth block RAM. 2 + 2 + 1 block RAMs on the iCE40.
//!
//! One command at a time: a frame arriving while a response is built or sent waits in the
//! receive buffer and runs next; bytes arriving while a command reads the buffer (or a
//! frame already waits) spoil their frame (`hold`), which is then counted and NACKed. Dropped-frame NACKs are
//! sent when the engine is idle again; if several frames are dropped meanwhile, only the
//! last one is NACKed (all are counted).
//!
//! Strobes to the core (`ctrl_*`, `in_spike*`, `step_start`, `out_spike_read`,
//! `core_reset`) leave registers, one cycle after the state that decides them.
//! So does the encoder's start (`tx_go`). State decisions read registers and at most a
//! short compare: `left`/`at_end` move with `rp`, range and step-count checks are
//! registered a cycle ahead, RUN tokens are decoded from `word` (RvTok), loops end on
//! `idx` equal to a last index rather than on `idx + 1`.
//!
//! Timing: WRITE takes 6 cycles from Dispatch to its first word (header and range
//! checks), READ 8; then WRITE 3 cycles per word plus `ctrl_ready` waits, READ 3 cycles
//! per word plus the read latency;
//! RUN validates the spike stream (3 cycles per token, 1 per bitmap byte), then executes
//! it: 3 cycles per token (9 per input bitmap byte), and per step
//! `ceil(N/8)` cycles clearing the scratch bitmap, the step itself, 4 cycles per output
//! spike and 3 to close the step (plus 2 per byte when the output bitmap token is the
//! shorter form).
//!
//! RUN output stream: ids are written as token 00 while they are popped (the list is kept
//! while it is no longer than the bitmap token) and into the scratch bitmap at the top of
//! the transmit buffer; the pop's effect on `out_spike_valid` marks the last id (01). An
//! empty step extends the skip token left open at `wp`.

use neurosim::protocol::{self, NackCode, MAX_PAYLOAD, VERSION};
use rust_hdl::prelude::*;

use super::frame_rx::{FrameRx, BODY_ADDR_BITS, PAYLOAD_ADDR_BITS};
use super::frame_tx::FrameTx;

#[derive(Copy, Clone, PartialEq, Debug, LogicState)]
enum Phase {
    Idle,
    Dispatch,
    A0,
    A1,
    A2,
    WrCheck,
    WrLo,
    WrHi,
    WrIssue,
    RdC0,
    RdC1,
    RdCheck,
    Checked,
    RdIssue,
    RdWait,
    RdHi,
    StByte,
    StPad0,
    StPad1,
    Reset,
    StEmit,
    RvN,
    RvT0,
    RvT1,
    RvTok,
    RvBm,
    RvEnd,
    ReBmByte,
    ReBmBit,
    ReClear,
    ReStart,
    ReWait,
    RePop,
    ReFlush,
    ReLo,
    ReHi,
    ReFin,
    ReHdr,
    ReHdrHi,
    ReCopyA,
    ReCopyW,
    Ack,
    Nack1,
    Nack2,
    Nack3,
    Info,
    FrameNack,
    Respond,
    Replay,
    SendSmall,
    Sending,
}

/// The command engine of one single-core board.
#[derive(LogicBlock)]
pub struct LinkEngine {
    /// Core clock.
    pub clock: Signal<In, Clock>,
    /// Byte from the UART receiver.
    pub rx_data: Signal<In, Bits<8>>,
    /// `rx_data` is new (one cycle).
    pub rx_valid: Signal<In, Bit>,
    /// Byte for the UART transmitter.
    pub tx_data: Signal<Out, Bits<8>>,
    /// `tx_data` is to be sent.
    pub tx_valid: Signal<Out, Bit>,
    /// The transmitter takes `tx_data` this cycle.
    pub tx_ready: Signal<In, Bit>,
    /// Control port word address.
    pub ctrl_addr: Signal<Out, Bits<24>>,
    /// Control port write data.
    pub ctrl_wdata: Signal<Out, Bits<16>>,
    /// Control port write strobe (registered: the cycle after the engine saw `ctrl_ready`,
    /// which stays high until an access or a step).
    pub ctrl_write: Signal<Out, Bit>,
    /// Control port read strobe (registered, as `ctrl_write`).
    pub ctrl_read: Signal<Out, Bit>,
    /// The control port accepts a strobe.
    pub ctrl_ready: Signal<In, Bit>,
    /// Read data, with `ctrl_rvalid`.
    pub ctrl_rdata: Signal<In, Bits<16>>,
    /// Read data valid (one cycle).
    pub ctrl_rvalid: Signal<In, Bit>,
    /// Input channel for the next step.
    pub in_spike: Signal<Out, Bits<16>>,
    /// Push `in_spike`.
    pub in_spike_write: Signal<Out, Bit>,
    /// Start a step.
    pub step_start: Signal<Out, Bit>,
    /// A step is running.
    pub busy: Signal<In, Bit>,
    /// The step finished (one cycle); its output spikes are queued.
    pub done: Signal<In, Bit>,
    /// Head of the output spike queue.
    pub out_spike: Signal<In, Bits<16>>,
    /// The output queue is not empty.
    pub out_spike_valid: Signal<In, Bit>,
    /// Pop the output queue.
    pub out_spike_read: Signal<Out, Bit>,
    /// Core reset strobe.
    pub core_reset: Signal<Out, Bit>,
    /// No command in progress and no response being sent.
    pub idle: Signal<Out, Bit>,
    /// Registered strobes and pushed channel towards the core (one cycle after the state
    /// that decides them).
    write_q: DFF<Bit>,
    read_q: DFF<Bit>,
    push_q: DFF<Bit>,
    /// The channel pushed (RUN pass 2), also the last id of an id list checked (both
    /// passes) for the ascending-order check.
    push_id: DFF<Bits<12>>,
    start_q: DFF<Bit>,
    pop_q: DFF<Bit>,
    reset_q: DFF<Bit>,
    /// The receive buffer is in use (a command reads it, or a frame waits in it).
    rx_busy: Signal<Local, Bit>,
    frx: FrameRx,
    ftx: FrameTx,
    rxram: RAM<Bits<8>, PAYLOAD_ADDR_BITS>,
    txram: RAM<Bits<8>, PAYLOAD_ADDR_BITS>,
    state: DFF<Phase>,
    /// Receive-buffer read pointer; `rxram.read_data` is the byte at `rp` (prefetched).
    rp: DFF<Bits<BODY_ADDR_BITS>>,
    /// End of the payload in the receive buffer (body length - 2).
    pay_end: DFF<Bits<BODY_ADDR_BITS>>,
    /// Payload bytes left after `rp` (`pay_end - rp`, kept with `rp`), and whether that
    /// is none (`rp == pay_end`): registers, so no state decision waits for a subtractor
    /// or a comparator on `rp`.
    left: DFF<Bits<BODY_ADDR_BITS>>,
    at_end: DFF<Bit>,
    /// `addr[15:0] + count > 0x1_0000` (the range leaves its region), a cycle late.
    over: DFF<Bit>,
    /// Transmit-buffer write pointer (response length so far).
    wp: DFF<Bits<BODY_ADDR_BITS>>,
    seq: DFF<Bits<8>>,
    cmd: DFF<Bits<8>>,
    nack_code: DFF<Bits<8>>,
    last_seq: DFF<Bits<8>>,
    has_last: DFF<Bit>,
    last_len: DFF<Bits<BODY_ADDR_BITS>>,
    pend_nack: DFF<Bit>,
    /// A good frame waits in the receive buffer (it arrived while a response was sent).
    pend_frame: DFF<Bit>,
    pend_len: DFF<Bits<BODY_ADDR_BITS>>,
    /// Seq and cmd of the waiting frame.
    wait_seq: DFF<Bits<8>>,
    wait_cmd: DFF<Bits<8>>,
    /// Response cmd byte of the stored response (ACK or NACK).
    last_h1: DFF<Bits<8>>,
    /// Response cmd byte of an INFO response or a NACK not stored (0x80 or 0xFF).
    small_h1: DFF<Bits<8>>,
    /// Payload byte `ftx.buf_addr` of that response (the encoder's 1-cycle read latency).
    small_q: DFF<Bits<8>>,
    pend_code: DFF<Bits<8>>,
    pend_seq: DFF<Bits<8>>,
    /// Start the encoder (registered: `ftx.start` in the first cycle of Sending, with
    /// `ftx.len` = `wp`).
    tx_go: DFF<Bit>,
    /// The response being sent is in the small area.
    small_resp: DFF<Bit>,
    /// The five u32 link counters (frames ok, CRC errors, framing errors, NACKs sent,
    /// duplicates) as 16-bit halves, counter `k` half `h` at address `2k + h`: one block
    /// RAM, updated read-modify-write by one 16-bit incrementer (low half, then the high
    /// half if the low one wrapped).
    cnt_ram: RAM<Bits<16>, 4>,
    /// An increment is written this cycle, to `cnt_wa` (the read was issued last cycle).
    cnt_we: DFF<Bit>,
    cnt_wa: DFF<Bits<4>>,
    /// The low half at `cnt_wa` wrapped: its high half is owed an increment.
    cnt_carry: DFF<Bit>,
    /// Increments owed to the counters (served one per 2 cycles, 4 when a half wraps).
    inc_ok: DFF<Bit>,
    inc_crc: DFF<Bit>,
    inc_framing: DFF<Bit>,
    inc_nack: DFF<Bit>,
    inc_dup: DFF<Bit>,
    addr: DFF<Bits<24>>,
    /// Word count (READ/STATUS), spike count (RUN), byte index.
    count: DFF<Bits<16>>,
    idx: DFF<Bits<BODY_ADDR_BITS>>,
    /// Low byte of a 16-bit field; RUN pass 2: the bitmap byte being pushed, then the
    /// output bitmap byte being collected.
    lo: DFF<Bits<8>>,
    word: DFF<Bits<16>>,
    nsteps: DFF<Bits<8>>,
    si: DFF<Bits<8>>,
    /// Length of the current input bitmap minus 1 (its last byte index, compared with
    /// `idx` without an adder); while collecting the outputs: the index of the output
    /// bitmap byte in `lo`.
    blen_in: DFF<Bits<13>>,
    /// `idx + 1 == count` (READ: the word in RdHi is the last), a cycle late: RdWait
    /// holds `idx` and `count` at least one cycle before RdHi.
    rd_last: DFF<Bit>,
    /// `nsteps > max_steps` (RUN: more steps than a response can hold), a cycle late.
    many: DFF<Bit>,
    /// A list is open in the current step (an id token of kind 00 came last); `push_id`
    /// holds its last id.
    have_prev: DFF<Bit>,
    /// RUN pass 2: the step index after the steps of the current token (`si + n` for a
    /// skip of `n`, else `si + 1`).
    run_end: DFF<Bits<8>>,
    /// Empty steps in the skip token open at `wp` (0: none), the last token of the
    /// response so far; `wp` passes it when a spike or the end of the RUN comes.
    skip: DFF<Bits<8>>,
    verr: DFF<Bit>,
    /// RUN pass 2: the token states (RvT0, RvT1, RvTok) push inputs instead of only checking
    /// (their checks cannot fail on a payload pass 1 accepted).
    exec: DFF<Bit>,
    bm_bit: DFF<Bits<3>>,
    // Combinational helpers.
    rx_byte: Signal<Local, Bits<8>>,
    /// The state moves `rp` to the next byte (`rp_inc`, `left_dec`).
    adv: Signal<Local, Bit>,
    left_dec: Signal<Local, Bits<BODY_ADDR_BITS>>,
    /// `rp + 1`, `idx + 1`, `si_sum` (mod 256): one adder each, shared by all states.
    rp_inc: Signal<Local, Bits<BODY_ADDR_BITS>>,
    idx_inc: Signal<Local, Bits<BODY_ADDR_BITS>>,
    si_inc: Signal<Local, Bits<8>>,
    /// Body length of the frame taken next (just received, or waiting).
    new_len: Signal<Local, Bits<BODY_ADDR_BITS>>,
    hdr: Signal<Local, Bits<16>>,
    /// `si + 1` and `si + lo` (9 bits, from registers only); `si_sum` is the second for
    /// a skip token in RvTok (`n` in `lo`), else the first. Pass 1 lets `si` pass `steps`
    /// (the stream then ends before `si == steps`, BAD_PAYLOAD) but never wrap.
    si_one: Signal<Local, Bits<9>>,
    si_skip: Signal<Local, Bits<9>>,
    si_sum: Signal<Local, Bits<9>>,
    /// RUN pass 2: the step's outputs are in the response; on to the next step.
    step_done: Signal<Local, Bit>,
    wr_addr: Signal<Local, Bits<BODY_ADDR_BITS>>,
    wr_data: Signal<Local, Bits<8>>,
    wr_en: Signal<Local, Bit>,
    allowed: Signal<Local, Bits<8>>,
    /// `count * 2`: the id list's length; `wp + count * 2`: its next byte.
    count2: Signal<Local, Bits<16>>,
    ev_addr: Signal<Local, Bits<BODY_ADDR_BITS>>,
    /// `addr` is outside the core's regions.
    addr_bad: Signal<Local, Bit>,
    /// `addr[15:0] + 1` (a range never crosses its region).
    addr_inc: Signal<Local, Bits<16>>,
    /// The counter owed an increment (priority order), and whether one is served now.
    word_sel: Signal<Local, Bits<3>>,
    inc_any: Signal<Local, Bit>,
    cnt_serve: Signal<Local, Bit>,
    /// Counter RAM read address.
    cnt_ra: Signal<Local, Bits<4>>,
    /// A NACK is sent / a duplicate is replayed this cycle.
    nack_event: Signal<Local, Bit>,
    dup_event: Signal<Local, Bit>,
    /// Payload byte `ftx.buf_addr` of an INFO response or of a NACK not stored.
    small_byte: Signal<Local, Bits<8>>,
    copy_addr: Signal<Local, Bits<BODY_ADDR_BITS>>,
    info_sel: Signal<Local, Bits<4>>,
    use_copy: Signal<Local, Bit>,
    // Board description.
    inputs: Constant<Bits<16>>,
    neurons: Constant<Bits<16>>,
    out_blen: Constant<Bits<16>>,
    /// `out_blen + 2`: bytes of an output bitmap token.
    out_tok: Constant<Bits<16>>,
    /// `out_blen - 1`: the last byte index of the scratch bitmap.
    out_last: Constant<Bits<BODY_ADDR_BITS>>,
    /// Scratch bitmap of a RUN step: the top `ceil(N/8).next_power_of_two()` bytes of the
    /// transmit buffer, beyond any RUN response ([`protocol::max_run_steps`]).
    scratch: Constant<Bits<BODY_ADDR_BITS>>,
    /// Whole input bitmap bytes (`inputs / 8`) and the mask of the partial one after them.
    in_full: Constant<Bits<16>>,
    in_last_mask: Constant<Bits<8>>,
    max_steps: Constant<Bits<8>>,
    /// `left` once `rp` is one past `pay_end` (-1).
    all_left: Constant<Bits<BODY_ADDR_BITS>>,
    version: Constant<Bits<8>>,
    max_payload: Constant<Bits<16>>,
    k_nack_crc: Constant<Bits<8>>,
    k_nack_framing: Constant<Bits<8>>,
    k_nack_payload: Constant<Bits<8>>,
    k_nack_unknown: Constant<Bits<8>>,
    k_nack_address: Constant<Bits<8>>,
    k_nack_value: Constant<Bits<8>>,
    k_info: Constant<Bits<8>>,
    k_reset: Constant<Bits<8>>,
    k_status: Constant<Bits<8>>,
    k_write: Constant<Bits<8>>,
    k_read: Constant<Bits<8>>,
    k_run: Constant<Bits<8>>,
    k_max_read: Constant<Bits<16>>,
    k_max_bitmap: Constant<Bits<16>>,
}

impl LinkEngine {
    /// An engine for a core of `inputs` channels and `neurons` neurons (each 1..=4096).
    pub fn new(inputs: usize, neurons: usize) -> Result<Self, String> {
        if !(1..=4096).contains(&inputs) || !(1..=4096).contains(&neurons) {
            return Err(format!(
                "core of {inputs} inputs and {neurons} neurons: each must be 1..=4096"
            ));
        }
        let max_steps = protocol::max_run_steps(neurons, MAX_PAYLOAD);
        Ok(LinkEngine {
            clock: Default::default(),
            rx_data: Default::default(),
            rx_valid: Default::default(),
            tx_data: Default::default(),
            tx_valid: Default::default(),
            tx_ready: Default::default(),
            ctrl_addr: Default::default(),
            ctrl_wdata: Default::default(),
            ctrl_write: Default::default(),
            ctrl_read: Default::default(),
            ctrl_ready: Default::default(),
            ctrl_rdata: Default::default(),
            ctrl_rvalid: Default::default(),
            in_spike: Default::default(),
            in_spike_write: Default::default(),
            step_start: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            out_spike: Default::default(),
            out_spike_valid: Default::default(),
            out_spike_read: Default::default(),
            core_reset: Default::default(),
            idle: Default::default(),
            write_q: Default::default(),
            read_q: Default::default(),
            push_q: Default::default(),
            push_id: Default::default(),
            start_q: Default::default(),
            pop_q: Default::default(),
            reset_q: Default::default(),
            rx_busy: Default::default(),
            frx: Default::default(),
            ftx: Default::default(),
            rxram: RAM::new(Default::default()),
            txram: RAM::new(Default::default()),
            state: Default::default(),
            rp: Default::default(),
            pay_end: Default::default(),
            left: Default::default(),
            at_end: Default::default(),
            over: Default::default(),
            wp: Default::default(),
            seq: Default::default(),
            cmd: Default::default(),
            nack_code: Default::default(),
            last_seq: Default::default(),
            has_last: Default::default(),
            last_len: Default::default(),
            pend_nack: Default::default(),
            pend_frame: Default::default(),
            pend_len: Default::default(),
            wait_seq: Default::default(),
            wait_cmd: Default::default(),
            last_h1: Default::default(),
            small_h1: Default::default(),
            small_q: Default::default(),
            pend_code: Default::default(),
            pend_seq: Default::default(),
            tx_go: Default::default(),
            small_resp: Default::default(),
            cnt_ram: RAM::new((0..16u64).map(|a| (a.to_bits(), 0u64.to_bits())).collect()),
            cnt_we: Default::default(),
            cnt_wa: Default::default(),
            cnt_carry: Default::default(),
            inc_ok: Default::default(),
            inc_crc: Default::default(),
            inc_framing: Default::default(),
            inc_nack: Default::default(),
            inc_dup: Default::default(),
            addr: Default::default(),
            count: Default::default(),
            idx: Default::default(),
            lo: Default::default(),
            word: Default::default(),
            nsteps: Default::default(),
            si: Default::default(),
            blen_in: Default::default(),
            rd_last: Default::default(),
            many: Default::default(),
            have_prev: Default::default(),
            run_end: Default::default(),
            skip: Default::default(),
            verr: Default::default(),
            exec: Default::default(),
            bm_bit: Default::default(),
            rx_byte: Default::default(),
            adv: Default::default(),
            left_dec: Default::default(),
            new_len: Default::default(),
            rp_inc: Default::default(),
            idx_inc: Default::default(),
            si_inc: Default::default(),
            hdr: Default::default(),
            si_one: Default::default(),
            si_skip: Default::default(),
            si_sum: Default::default(),
            step_done: Default::default(),
            wr_addr: Default::default(),
            wr_data: Default::default(),
            wr_en: Default::default(),
            allowed: Default::default(),
            count2: Default::default(),
            ev_addr: Default::default(),
            addr_bad: Default::default(),
            addr_inc: Default::default(),
            cnt_serve: Default::default(),
            cnt_ra: Default::default(),
            inc_any: Default::default(),
            nack_event: Default::default(),
            dup_event: Default::default(),
            small_byte: Default::default(),
            copy_addr: Default::default(),
            word_sel: Default::default(),
            info_sel: Default::default(),
            use_copy: Default::default(),
            inputs: Constant::new((inputs as u64).to_bits()),
            neurons: Constant::new((neurons as u64).to_bits()),
            out_blen: Constant::new((neurons.div_ceil(8) as u64).to_bits()),
            out_tok: Constant::new((neurons.div_ceil(8) as u64 + 2).to_bits()),
            out_last: Constant::new((neurons.div_ceil(8) as u64 - 1).to_bits()),
            scratch: Constant::new(
                ((MAX_PAYLOAD - protocol::run_scratch_len(neurons)) as u64).to_bits(),
            ),
            in_full: Constant::new(((inputs / 8) as u64).to_bits()),
            in_last_mask: Constant::new(((1u64 << (inputs % 8)) - 1).to_bits()),
            max_steps: Constant::new((max_steps as u64).to_bits()),
            all_left: Constant::new(((1u64 << BODY_ADDR_BITS) - 1).to_bits()),
            version: Constant::new((VERSION as u64).to_bits()),
            max_payload: Constant::new((MAX_PAYLOAD as u64).to_bits()),
            k_nack_crc: Constant::new((NackCode::Crc as u64).to_bits()),
            k_nack_framing: Constant::new((NackCode::Framing as u64).to_bits()),
            k_nack_payload: Constant::new((NackCode::BadPayload as u64).to_bits()),
            k_nack_unknown: Constant::new((NackCode::UnknownCommand as u64).to_bits()),
            k_nack_address: Constant::new((NackCode::BadAddress as u64).to_bits()),
            k_nack_value: Constant::new((NackCode::BadValue as u64).to_bits()),
            k_info: Constant::new((protocol::cmd::INFO as u64).to_bits()),
            k_reset: Constant::new((protocol::cmd::RESET as u64).to_bits()),
            k_status: Constant::new((protocol::cmd::STATUS as u64).to_bits()),
            k_write: Constant::new((protocol::cmd::WRITE as u64).to_bits()),
            k_read: Constant::new((protocol::cmd::READ as u64).to_bits()),
            k_run: Constant::new((protocol::cmd::RUN as u64).to_bits()),
            k_max_read: Constant::new((protocol::MAX_READ_WORDS as u64).to_bits()),
            k_max_bitmap: Constant::new((protocol::MAX_BITMAP as u64).to_bits()),
        })
    }
}

impl Logic for LinkEngine {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            write_q,
            read_q,
            push_q,
            push_id,
            start_q,
            pop_q,
            reset_q,
            state,
            rp,
            pay_end,
            left,
            at_end,
            over,
            wp,
            seq,
            cmd,
            nack_code,
            last_seq,
            has_last,
            last_len,
            pend_nack,
            pend_frame,
            pend_len,
            wait_seq,
            wait_cmd,
            last_h1,
            small_h1,
            small_q,
            pend_code,
            pend_seq,
            tx_go,
            small_resp,
            cnt_we,
            cnt_wa,
            cnt_carry,
            inc_ok,
            inc_crc,
            inc_framing,
            inc_nack,
            inc_dup,
            addr,
            count,
            idx,
            lo,
            word,
            nsteps,
            si,
            run_end,
            skip,
            blen_in,
            rd_last,
            many,
            have_prev,
            verr,
            exec,
            bm_bit
        );
        clock!(self, clock, frx, ftx);
        self.rxram.read_clock.next = self.clock.val();
        self.rxram.write_clock.next = self.clock.val();
        self.txram.read_clock.next = self.clock.val();
        self.txram.write_clock.next = self.clock.val();
        // Frame decoder into the receive buffer.
        self.frx.data.next = self.rx_data.val();
        self.frx.valid.next = self.rx_valid.val();
        // Frames may arrive while a response is built or sent (the receive buffer is
        // free then); one good frame waits, later ones are spoiled until it is taken.
        self.rx_busy.next = self.pend_frame.q.val();
        if (self.state.q.val() != Phase::Idle)
            & (self.state.q.val() != Phase::Sending)
            & (self.state.q.val() != Phase::SendSmall)
            & (self.state.q.val() != Phase::FrameNack)
            & (self.state.q.val() != Phase::Info)
            & (self.state.q.val() != Phase::Replay)
            & (self.state.q.val() != Phase::Respond)
            & (self.state.q.val() != Phase::Ack)
            & (self.state.q.val() != Phase::Nack1)
            & (self.state.q.val() != Phase::Nack2)
            & (self.state.q.val() != Phase::Nack3)
        {
            self.rx_busy.next = true;
        }
        self.frx.hold.next = self.rx_busy.val();
        self.idle.next = (self.state.q.val() == Phase::Idle)
            & !self.pend_nack.q.val()
            & !self.pend_frame.q.val();
        if self.frx.frame_ok.val() & (self.state.q.val() != Phase::Idle) {
            self.pend_frame.d.next = true;
            self.pend_len.d.next = self.frx.len.val();
            self.wait_seq.d.next = self.frx.seq.val();
            self.wait_cmd.d.next = self.frx.cmd.val();
        }
        self.rxram.write_address.next = self.frx.buf_addr.val();
        self.rxram.write_data.next = self.frx.buf_data.val();
        self.rxram.write_enable.next = self.frx.buf_write.val();
        // Frame encoder from the transmit buffer to the UART.
        self.ftx.buf_data.next = self.txram.read_data.val();
        if self.small_resp.q.val() {
            self.ftx.buf_data.next = self.small_q.q.val();
        }
        self.ftx.h0.next = self.seq.q.val();
        self.ftx.h1.next = self.last_h1.q.val();
        if self.small_resp.q.val() {
            self.ftx.h1.next = self.small_h1.q.val();
        }
        self.tx_data.next = self.ftx.out_data.val();
        self.tx_valid.next = self.ftx.out_valid.val();
        self.ftx.out_ready.next = self.tx_ready.val();
        self.ftx.start.next = self.tx_go.q.val();
        self.ftx.len.next = self.wp.q.val();
        self.tx_go.d.next = false;
        // Link counters and dropped-frame NACKs. A counter owed an increment is read
        // (the carry into a high half first), then written plus one the next cycle; no read
        // is issued in a write cycle, so no read meets a write to its address.
        self.cnt_ram.read_clock.next = self.clock.val();
        self.cnt_ram.write_clock.next = self.clock.val();
        self.word_sel.next = 4.into();
        if self.inc_nack.q.val() {
            self.word_sel.next = 3.into();
        }
        if self.inc_framing.q.val() {
            self.word_sel.next = 2.into();
        }
        if self.inc_crc.q.val() {
            self.word_sel.next = 1.into();
        }
        if self.inc_ok.q.val() {
            self.word_sel.next = 0.into();
        }
        self.inc_any.next = self.inc_ok.q.val()
            | self.inc_crc.q.val()
            | self.inc_framing.q.val()
            | self.inc_nack.q.val()
            | self.inc_dup.q.val()
            | self.cnt_carry.q.val()
            | self.cnt_we.q.val();
        self.cnt_serve.next = self.inc_any.val() & !self.cnt_we.q.val();
        // STATUS byte `idx` is in half `idx / 2` (idle read address).
        self.cnt_ra.next = self.idx.q.val().get_bits::<4>(1);
        self.cnt_we.d.next = self.cnt_serve.val();
        self.cnt_carry.d.next = false;
        if self.cnt_serve.val() {
            if self.cnt_carry.q.val() {
                self.cnt_ra.next = self.cnt_wa.q.val() | 1;
            } else {
                self.cnt_ra.next = bit_cast::<4, 3>(self.word_sel.val()) << 1;
                if self.word_sel.val() == 0 {
                    self.inc_ok.d.next = false;
                } else if self.word_sel.val() == 1 {
                    self.inc_crc.d.next = false;
                } else if self.word_sel.val() == 2 {
                    self.inc_framing.d.next = false;
                } else if self.word_sel.val() == 3 {
                    self.inc_nack.d.next = false;
                } else {
                    self.inc_dup.d.next = false;
                }
            }
        }
        self.cnt_wa.d.next = self.cnt_wa.q.val();
        if self.cnt_serve.val() {
            self.cnt_wa.d.next = self.cnt_ra.val();
        }
        self.cnt_ram.read_address.next = self.cnt_ra.val();
        self.cnt_ram.write_address.next = self.cnt_wa.q.val();
        self.cnt_ram.write_data.next = self.cnt_ram.read_data.val() + 1;
        self.cnt_ram.write_enable.next = self.cnt_we.q.val();
        if self.cnt_we.q.val() & !self.cnt_wa.q.val().get_bit(0) {
            self.cnt_carry.d.next = self.cnt_ram.read_data.val() == 0xFFFF;
        }
        if self.frx.frame_ok.val() {
            self.inc_ok.d.next = true;
        }
        if self.frx.crc_error.val() {
            self.inc_crc.d.next = true;
            self.pend_nack.d.next = true;
            self.pend_code.d.next = self.k_nack_crc.val();
            self.pend_seq.d.next = self.frx.seq.val();
        }
        if self.frx.framing_error.val() {
            self.inc_framing.d.next = true;
            self.pend_nack.d.next = true;
            self.pend_code.d.next = self.k_nack_framing.val();
            self.pend_seq.d.next = self.frx.seq.val();
        }
        // Defaults of the outputs and helpers.
        self.ctrl_addr.next = self.addr.q.val();
        self.ctrl_wdata.next = self.word.q.val();
        // Strobes towards the core come from registers, so no output depends on an input
        // in the same cycle (no combinational path core -> engine -> core).
        self.ctrl_write.next = self.write_q.q.val();
        self.ctrl_read.next = self.read_q.q.val();
        self.in_spike.next = bit_cast::<16, 12>(self.push_id.q.val());
        self.in_spike_write.next = self.push_q.q.val();
        self.step_start.next = self.start_q.q.val();
        self.out_spike_read.next = self.pop_q.q.val();
        self.core_reset.next = self.reset_q.q.val();
        self.write_q.d.next = false;
        self.read_q.d.next = false;
        self.push_q.d.next = false;
        self.start_q.d.next = false;
        self.pop_q.d.next = false;
        self.reset_q.d.next = false;
        self.rx_byte.next = self.rxram.read_data.val();
        self.adv.next = false;
        self.left_dec.next = self.left.q.val() - 1;
        self.rp_inc.next = self.rp.q.val() + 1;
        self.idx_inc.next = self.idx.q.val() + 1;
        self.many.d.next = self.nsteps.q.val() > self.max_steps.val();
        self.rd_last.d.next =
            bit_cast::<16, BODY_ADDR_BITS>(self.idx_inc.val()) == self.count.q.val();
        self.hdr.next =
            (bit_cast::<16, 8>(self.rx_byte.val()) << 8) | bit_cast::<16, 8>(self.lo.q.val());
        self.si_one.next = bit_cast::<9, 8>(self.si.q.val()) + 1;
        self.si_skip.next = bit_cast::<9, 8>(self.si.q.val()) + bit_cast::<9, 8>(self.lo.q.val());
        self.si_sum.next = self.si_one.val();
        if (self.state.q.val() == Phase::RvTok) & (self.word.q.val().get_bits::<2>(14) == 2) {
            self.si_sum.next = self.si_skip.val();
        }
        self.si_inc.next = self.si_sum.val().get_bits::<8>(0);
        self.step_done.next = false;
        self.nack_event.next = false;
        self.dup_event.next = false;
        self.wr_en.next = false;
        self.wr_addr.next = self.wp.q.val();
        self.wr_data.next = 0.into();
        self.use_copy.next = false;
        self.copy_addr.next = 0.into();

        // Input bits allowed in bitmap byte `idx`: channels below `inputs`.
        self.allowed.next = 0.into();
        if bit_cast::<16, BODY_ADDR_BITS>(self.idx.q.val()) < self.in_full.val() {
            self.allowed.next = 0xFF.into();
        } else if bit_cast::<16, BODY_ADDR_BITS>(self.idx.q.val()) == self.in_full.val() {
            self.allowed.next = self.in_last_mask.val();
        }
        self.count2.next = self.count.q.val() << 1;
        self.ev_addr.next = self.wp.q.val() + bit_cast::<BODY_ADDR_BITS, 16>(self.count2.val());
        self.addr_inc.next = self.addr.q.val().get_bits::<16>(0) + 1;
        self.addr_bad.next =
            (self.addr.q.val().get_bits::<4>(20) != 0) | (self.addr.q.val().get_bits::<4>(16) > 7);
        self.over.d.next = bit_cast::<17, 16>(self.addr.q.val().get_bits::<16>(0))
            + bit_cast::<17, 16>(self.count.q.val())
            > 0x1_0000;
        // INFO payload byte, or NACK payload [code][cmd].
        self.small_byte.next = 0.into();
        self.info_sel.next = bit_cast::<4, PAYLOAD_ADDR_BITS>(self.ftx.buf_addr.val());
        if self.small_h1.q.val() == 0xFF {
            self.small_byte.next = self.cmd.q.val();
            if self.info_sel.val() == 0 {
                self.small_byte.next = self.nack_code.q.val();
            }
        } else if self.info_sel.val() == 0 {
            self.small_byte.next = self.version.val();
        } else if self.info_sel.val() == 1 {
            self.small_byte.next = self.max_payload.val().get_bits::<8>(0);
        } else if self.info_sel.val() == 2 {
            self.small_byte.next = self.max_payload.val().get_bits::<8>(8);
        } else if self.info_sel.val() == 3 {
            self.small_byte.next = 1.into();
        } else if self.info_sel.val() == 4 {
            self.small_byte.next = self.inputs.val().get_bits::<8>(0);
        } else if self.info_sel.val() == 5 {
            self.small_byte.next = self.inputs.val().get_bits::<8>(8);
        } else if self.info_sel.val() == 6 {
            self.small_byte.next = self.neurons.val().get_bits::<8>(0);
        } else if self.info_sel.val() == 7 {
            self.small_byte.next = self.neurons.val().get_bits::<8>(8);
        } else if self.info_sel.val() == 8 {
            self.small_byte.next = self.last_seq.q.val();
        }
        self.small_q.d.next = self.small_byte.val();

        self.new_len.next = self.pend_len.q.val();
        if self.frx.frame_ok.val() {
            self.new_len.next = self.frx.len.val();
        }
        match self.state.q.val() {
            Phase::Idle => {
                if self.frx.frame_ok.val() {
                    self.rp.d.next = 0.into();
                    self.pay_end.d.next = self.new_len.val() - 4;
                    self.left.d.next = self.new_len.val() - 4;
                    self.at_end.d.next = self.new_len.val() == 4;
                    self.seq.d.next = self.frx.seq.val();
                    self.cmd.d.next = self.frx.cmd.val();
                    self.state.d.next = Phase::Dispatch;
                } else if self.pend_frame.q.val() {
                    self.pend_frame.d.next = false;
                    self.rp.d.next = 0.into();
                    self.pay_end.d.next = self.new_len.val() - 4;
                    self.left.d.next = self.new_len.val() - 4;
                    self.at_end.d.next = self.new_len.val() == 4;
                    self.seq.d.next = self.wait_seq.q.val();
                    self.cmd.d.next = self.wait_cmd.q.val();
                    self.state.d.next = Phase::Dispatch;
                } else if self.pend_nack.q.val() {
                    self.pend_nack.d.next = false;
                    self.seq.d.next = self.pend_seq.q.val();
                    self.cmd.d.next = 0xFF.into();
                    self.nack_code.d.next = self.pend_code.q.val();
                    self.idx.d.next = 0.into();
                    self.state.d.next = Phase::FrameNack;
                }
            }
            Phase::Dispatch => {
                self.wp.d.next = 0.into();
                self.idx.d.next = 0.into();
                if self.cmd.q.val() == self.k_info.val() {
                    self.state.d.next = Phase::Info;
                    if !self.at_end.q.val() {
                        self.nack_code.d.next = self.k_nack_payload.val();
                        self.state.d.next = Phase::FrameNack;
                    }
                } else if self.has_last.q.val() & (self.seq.q.val() == self.last_seq.q.val()) {
                    self.dup_event.next = true;
                    self.state.d.next = Phase::Replay;
                } else {
                    self.nack_code.d.next = self.k_nack_payload.val();
                    self.state.d.next = Phase::Nack1;
                    if self.cmd.q.val() == self.k_reset.val() {
                        if self.at_end.q.val() {
                            self.state.d.next = Phase::Reset;
                        }
                    } else if self.cmd.q.val() == self.k_status.val() {
                        if self.at_end.q.val() {
                            self.state.d.next = Phase::StEmit;
                        }
                    } else if (self.cmd.q.val() == self.k_write.val())
                        | (self.cmd.q.val() == self.k_read.val())
                    {
                        self.state.d.next = Phase::A0;
                    } else if self.cmd.q.val() == self.k_run.val() {
                        self.state.d.next = Phase::RvN;
                    } else {
                        self.nack_code.d.next = self.k_nack_unknown.val();
                    }
                }
            }
            // ---- WRITE: [addr u24][word u16] x k; READ: [addr u24][count u16]
            Phase::A0 => {
                self.addr.d.next = bit_cast::<24, 8>(self.rx_byte.val());
                self.adv.next = true;
                self.state.d.next = Phase::A1;
                if self.at_end.q.val() {
                    self.state.d.next = Phase::Nack1;
                }
            }
            Phase::A1 => {
                self.addr.d.next = self.addr.q.val() | (bit_cast::<24, 8>(self.rx_byte.val()) << 8);
                self.adv.next = true;
                self.state.d.next = Phase::A2;
                if self.at_end.q.val() {
                    self.state.d.next = Phase::Nack1;
                }
            }
            Phase::A2 => {
                self.addr.d.next =
                    self.addr.q.val() | (bit_cast::<24, 8>(self.rx_byte.val()) << 16);
                self.adv.next = true;
                // WRITE: words left after this byte.
                self.count.d.next = bit_cast::<16, BODY_ADDR_BITS>(self.left_dec.val() >> 1);
                self.state.d.next = Phase::RdC0;
                if self.cmd.q.val() == self.k_write.val() {
                    self.state.d.next = Phase::WrCheck;
                }
                if self.at_end.q.val() {
                    self.state.d.next = Phase::Nack1;
                }
            }
            Phase::WrCheck => {
                // k = (end - rp) / 2 words (in `count` since A2): non-zero, whole, inside
                // one region (`over`, next cycle).
                self.verr.d.next = self.at_end.q.val() | self.left.q.val().get_bit(0);
                self.state.d.next = Phase::Checked;
            }
            Phase::WrLo => {
                // The previous word's strobe is out this cycle (with `addr`): next address.
                if self.write_q.q.val() {
                    self.addr.d.next =
                        (self.addr.q.val() & 0xFF_0000) | bit_cast::<24, 16>(self.addr_inc.val());
                }
                self.lo.d.next = self.rx_byte.val();
                self.adv.next = true;
                self.state.d.next = Phase::WrHi;
            }
            Phase::WrHi => {
                self.word.d.next = self.hdr.val();
                self.adv.next = true;
                self.state.d.next = Phase::WrIssue;
            }
            Phase::WrIssue => {
                if self.ctrl_ready.val() {
                    self.write_q.d.next = true;
                    self.state.d.next = Phase::WrLo;
                    if self.at_end.q.val() {
                        self.state.d.next = Phase::Ack;
                    }
                }
            }
            Phase::RdC0 => {
                self.lo.d.next = self.rx_byte.val();
                self.adv.next = true;
                self.state.d.next = Phase::RdC1;
                if self.at_end.q.val() {
                    self.state.d.next = Phase::Nack1;
                }
            }
            Phase::RdC1 => {
                self.count.d.next = self.hdr.val();
                self.adv.next = true;
                self.state.d.next = Phase::RdCheck;
                if self.at_end.q.val() {
                    self.state.d.next = Phase::Nack1;
                }
            }
            Phase::RdCheck => {
                self.idx.d.next = 0.into();
                self.verr.d.next = !self.at_end.q.val()
                    | (self.count.q.val() == 0)
                    | (self.count.q.val() > self.k_max_read.val());
                self.state.d.next = Phase::Checked;
            }
            Phase::Checked => {
                // WrCheck / RdCheck left their verdict on the payload in `verr`, the
                // region check in `over`; then the address.
                self.state.d.next = Phase::RdIssue;
                if self.cmd.q.val() == self.k_write.val() {
                    self.state.d.next = Phase::WrLo;
                }
                if self.verr.q.val() | self.over.q.val() {
                    self.state.d.next = Phase::Nack1;
                } else if self.addr_bad.val() {
                    self.nack_code.d.next = self.k_nack_address.val();
                    self.state.d.next = Phase::Nack1;
                }
            }
            Phase::RdIssue => {
                if self.ctrl_ready.val() {
                    self.read_q.d.next = true;
                    self.state.d.next = Phase::RdWait;
                }
            }
            Phase::RdWait => {
                if self.ctrl_rvalid.val() {
                    self.word.d.next = self.ctrl_rdata.val();
                    self.wr_en.next = true;
                    self.wr_data.next = self.ctrl_rdata.val().get_bits::<8>(0);
                    self.state.d.next = Phase::RdHi;
                }
            }
            Phase::RdHi => {
                self.wr_en.next = true;
                self.wr_addr.next = self.wp.q.val() + 1;
                self.wr_data.next = self.word.q.val().get_bits::<8>(8);
                self.wp.d.next = self.wp.q.val() + 2;
                self.addr.d.next =
                    (self.addr.q.val() & 0xFF_0000) | bit_cast::<24, 16>(self.addr_inc.val());
                self.idx.d.next = self.idx_inc.val();
                self.state.d.next = Phase::RdIssue;
                if (self.cmd.q.val() == self.k_status.val()) & (self.idx.q.val() >= 4) {
                    self.state.d.next = Phase::StPad0;
                } else if self.rd_last.q.val() {
                    self.state.d.next = Phase::Ack;
                }
            }
            // ---- RESET
            Phase::Reset => {
                self.reset_q.d.next = true;
                self.state.d.next = Phase::Ack;
            }
            // ---- STATUS: the 5 link counters (20 bytes), then core registers 8..=14 read
            // as by READ, registers 12..=14 widened to u32 (StPad).
            Phase::StEmit => {
                // Read the half holding byte `idx` once no increment is owed or under way.
                if !self.inc_any.val() {
                    self.state.d.next = Phase::StByte;
                }
            }
            Phase::StByte => {
                self.wr_en.next = true;
                self.wr_data.next = self.cnt_ram.read_data.val().get_bits::<8>(0);
                if self.idx.q.val().get_bit(0) {
                    self.wr_data.next = self.cnt_ram.read_data.val().get_bits::<8>(8);
                }
                self.wp.d.next = self.wp.q.val() + 1;
                self.idx.d.next = self.idx_inc.val();
                self.state.d.next = Phase::StEmit;
                if self.idx.q.val() == 19 {
                    self.addr.d.next = bits::<24>(0x6_0008);
                    self.count.d.next = 7.into();
                    self.idx.d.next = 0.into();
                    self.state.d.next = Phase::RdIssue;
                }
            }
            Phase::StPad0 => {
                self.wr_en.next = true;
                self.wp.d.next = self.wp.q.val() + 1;
                self.state.d.next = Phase::StPad1;
            }
            Phase::StPad1 => {
                self.wr_en.next = true;
                self.wp.d.next = self.wp.q.val() + 1;
                self.state.d.next = Phase::RdIssue;
                if bit_cast::<16, BODY_ADDR_BITS>(self.idx.q.val()) == self.count.q.val() {
                    self.state.d.next = Phase::Ack;
                }
            }
            // ---- RUN, pass 1: validate the whole payload, nothing executed (`exec` low)
            Phase::RvN => {
                self.nsteps.d.next = self.rx_byte.val();
                self.adv.next = true;
                self.si.d.next = 0.into();
                self.have_prev.d.next = false;
                self.verr.d.next = false;
                self.exec.d.next = false;
                self.state.d.next = Phase::RvT0;
                if self.at_end.q.val() | (self.rx_byte.val() == 0) {
                    self.state.d.next = Phase::Nack1;
                }
            }
            Phase::RvT0 => {
                // Low byte of the next token, or the end of the stream.
                self.lo.d.next = self.rx_byte.val();
                self.adv.next = true;
                self.state.d.next = Phase::RvT1;
                if self.si.q.val() == self.nsteps.q.val() {
                    self.state.d.next = Phase::RvEnd;
                    if self.exec.q.val() {
                        // The response ends after the skip token open at `wp`, if any.
                        if self.skip.q.val() != 0 {
                            self.wp.d.next = self.wp.q.val() + 2;
                        }
                        self.state.d.next = Phase::Ack;
                    }
                } else if self.at_end.q.val() {
                    self.state.d.next = Phase::Nack1;
                }
            }
            Phase::RvT1 => {
                // The token's high byte, into `word` with the low one.
                self.word.d.next = self.hdr.val();
                self.adv.next = true;
                self.state.d.next = Phase::RvTok;
                if self.at_end.q.val() {
                    self.state.d.next = Phase::Nack1;
                }
            }
            Phase::RvTok => {
                // A whole token in `word`: an id, a skip or a bitmap. Pass 2 runs the
                // step(s) it ends (the checks cannot fail on a payload pass 1 accepted).
                self.idx.d.next = 0.into();
                self.blen_in.d.next = self.word.q.val().get_bits::<13>(0) - 1;
                self.run_end.d.next = self.si_inc.val();
                self.state.d.next = Phase::RvT0;
                if !self.word.q.val().get_bit(15) {
                    // 00 / 01: an id (01: the last of its step).
                    self.push_id.d.next = self.word.q.val().get_bits::<12>(0);
                    self.push_q.d.next = self.exec.q.val();
                    self.have_prev.d.next = !self.word.q.val().get_bit(14);
                    if bit_cast::<16, 12>(self.word.q.val().get_bits::<12>(0)) >= self.inputs.val()
                    {
                        self.verr.d.next = true;
                    }
                    if self.word.q.val().get_bit(14) {
                        self.si.d.next = self.si_inc.val();
                        if self.exec.q.val() {
                            self.si.d.next = self.si.q.val();
                            self.state.d.next = Phase::ReClear;
                        }
                    }
                    if (self.word.q.val().get_bits::<2>(12) != 0)
                        | (self.word.q.val().get_bit(14) & self.si_sum.val().get_bit(8))
                        | (self.have_prev.q.val()
                            & (self.word.q.val().get_bits::<12>(0) <= self.push_id.q.val()))
                    {
                        self.state.d.next = Phase::Nack1;
                    }
                } else if self.have_prev.q.val() {
                    // A list not ended by its last id.
                    self.state.d.next = Phase::Nack1;
                } else if !self.word.q.val().get_bit(14) {
                    // 10: n empty steps, 1 <= n <= steps left.
                    self.si.d.next = self.si_inc.val();
                    if self.exec.q.val() {
                        self.si.d.next = self.si.q.val();
                        self.state.d.next = Phase::ReClear;
                    }
                    if (self.word.q.val().get_bits::<6>(8) != 0)
                        | (self.word.q.val().get_bits::<8>(0) == 0)
                        | self.si_sum.val().get_bit(8)
                    {
                        self.state.d.next = Phase::Nack1;
                    }
                } else {
                    // 11: a bitmap of 1..=512 bytes.
                    self.state.d.next = Phase::RvBm;
                    if self.exec.q.val() {
                        self.state.d.next = Phase::ReBmByte;
                    }
                    if (self.word.q.val().get_bits::<14>(0) == 0)
                        | (self.word.q.val().get_bits::<14>(0)
                            > self.k_max_bitmap.val().get_bits::<14>(0))
                    {
                        self.state.d.next = Phase::Nack1;
                    }
                }
            }
            Phase::RvBm => {
                self.adv.next = true;
                self.idx.d.next = self.idx_inc.val();
                if (self.rx_byte.val() & !self.allowed.val()) != 0 {
                    self.verr.d.next = true;
                }
                self.state.d.next = Phase::RvBm;
                if bit_cast::<13, BODY_ADDR_BITS>(self.idx.q.val()) == self.blen_in.q.val() {
                    self.si.d.next = self.si_inc.val();
                    self.state.d.next = Phase::RvT0;
                    if self.si_sum.val().get_bit(8) {
                        self.state.d.next = Phase::Nack1;
                    }
                }
                if self.at_end.q.val() {
                    self.state.d.next = Phase::Nack1;
                }
            }
            Phase::RvEnd => {
                // RvT0 consumed one byte too many when it saw the last step: step back.
                self.rp.d.next = 1.into();
                self.left.d.next = self.pay_end.q.val() - 1;
                self.at_end.d.next = self.pay_end.q.val() == 1;
                self.si.d.next = 0.into();
                self.wp.d.next = 1.into();
                self.skip.d.next = 0.into();
                self.exec.d.next = true;
                self.state.d.next = Phase::RvT0;
                if (self.left.q.val() != self.all_left.val()) | self.many.q.val() {
                    self.state.d.next = Phase::Nack1;
                } else if self.verr.q.val() {
                    self.nack_code.d.next = self.k_nack_value.val();
                    self.state.d.next = Phase::Nack1;
                } else {
                    self.wr_en.next = true;
                    self.wr_addr.next = 0.into();
                    self.wr_data.next = self.nsteps.q.val();
                }
            }
            // ---- RUN, pass 2: RvT0/RvT1/RvTok push the inputs, then each step runs and its
            // outputs are appended to the response stream.
            Phase::ReBmByte => {
                self.lo.d.next = self.rx_byte.val();
                self.adv.next = true;
                self.bm_bit.d.next = 0.into();
                self.state.d.next = Phase::ReBmBit;
            }
            Phase::ReBmBit => {
                self.push_id.d.next = (bit_cast::<12, BODY_ADDR_BITS>(self.idx.q.val()) << 3)
                    | bit_cast::<12, 3>(self.bm_bit.q.val());
                self.push_q.d.next = self.lo.q.val().get_bit(self.bm_bit.q.val().index());
                self.bm_bit.d.next = self.bm_bit.q.val() + 1;
                if self.bm_bit.q.val() == 7 {
                    self.idx.d.next = self.idx_inc.val();
                    self.state.d.next = Phase::ReBmByte;
                    if bit_cast::<13, BODY_ADDR_BITS>(self.idx.q.val()) == self.blen_in.q.val() {
                        self.idx.d.next = 0.into();
                        self.state.d.next = Phase::ReClear;
                    }
                }
            }
            Phase::ReClear => {
                // Zero the scratch bitmap.
                self.wr_en.next = true;
                self.wr_addr.next = self.scratch.val() | self.idx.q.val();
                self.idx.d.next = self.idx_inc.val();
                if self.idx.q.val() == self.out_last.val() {
                    self.state.d.next = Phase::ReStart;
                }
            }
            Phase::ReStart => {
                if !self.busy.val() {
                    self.start_q.d.next = true;
                    self.count.d.next = 0.into();
                    self.blen_in.d.next = 0.into();
                    self.lo.d.next = 0.into();
                    self.state.d.next = Phase::ReWait;
                }
            }
            Phase::ReWait => {
                if self.done.val() {
                    self.state.d.next = Phase::RePop;
                }
            }
            Phase::RePop => {
                self.state.d.next = Phase::ReFin;
                if self.out_spike_valid.val() {
                    self.pop_q.d.next = true;
                    self.word.d.next = self.out_spike.val();
                    self.state.d.next = Phase::ReFlush;
                    // The step's first spike closes an open skip token (at `wp`).
                    if self.skip.q.val() != 0 {
                        self.skip.d.next = 0.into();
                        self.wp.d.next = self.wp.q.val() + 2;
                    }
                }
            }
            Phase::ReFlush => {
                // Spikes come in ascending order: a new bitmap byte flushes the last one.
                if self.word.q.val().get_bits::<13>(3) != self.blen_in.q.val() {
                    self.wr_en.next = self.count.q.val() != 0;
                    self.wr_addr.next =
                        self.scratch.val() | bit_cast::<BODY_ADDR_BITS, 13>(self.blen_in.q.val());
                    self.wr_data.next = self.lo.q.val();
                    self.blen_in.d.next = self.word.q.val().get_bits::<13>(3);
                    self.lo.d.next =
                        bits::<8>(1) << bit_cast::<8, 3>(self.word.q.val().get_bits::<3>(0));
                } else {
                    self.lo.d.next = self.lo.q.val()
                        | (bits::<8>(1) << bit_cast::<8, 3>(self.word.q.val().get_bits::<3>(0)));
                }
                self.state.d.next = Phase::ReLo;
            }
            Phase::ReLo => {
                // The id list is kept while it is no longer than the bitmap token.
                self.wr_en.next = self.count2.val() <= self.out_blen.val();
                self.wr_addr.next = self.ev_addr.val();
                self.wr_data.next = self.word.q.val().get_bits::<8>(0);
                self.state.d.next = Phase::ReHi;
            }
            Phase::ReHi => {
                // The pop of this id reached the queue two cycles ago: `out_spike_valid`
                // says whether another id follows (token 00) or not (01).
                self.wr_en.next = self.count2.val() <= self.out_blen.val();
                self.wr_addr.next = self.ev_addr.val() + 1;
                self.wr_data.next = self.word.q.val().get_bits::<8>(8);
                if !self.out_spike_valid.val() {
                    self.wr_data.next = self.word.q.val().get_bits::<8>(8) | 0x40;
                }
                self.count.d.next = self.count.q.val() + 1;
                self.state.d.next = Phase::RePop;
            }
            Phase::ReFin => {
                self.wr_en.next = self.count.q.val() != 0;
                self.wr_addr.next =
                    self.scratch.val() | bit_cast::<BODY_ADDR_BITS, 13>(self.blen_in.q.val());
                self.wr_data.next = self.lo.q.val();
                self.state.d.next = Phase::ReHdr;
            }
            Phase::ReHdr => {
                self.idx.d.next = 0.into();
                if self.count.q.val() == 0 {
                    // An empty step: one more step in the skip token open at `wp` (a new
                    // one if none is open; its high byte in ReHdrHi).
                    self.wr_en.next = true;
                    self.wr_data.next = self.skip.q.val() + 1;
                    self.skip.d.next = self.skip.q.val() + 1;
                    self.state.d.next = Phase::ReHdrHi;
                } else if self.count2.val() > self.out_tok.val() {
                    // The bitmap token: header here and in ReHdrHi, then the copy.
                    self.wr_en.next = true;
                    self.wr_data.next = self.out_blen.val().get_bits::<8>(0);
                    self.state.d.next = Phase::ReHdrHi;
                } else {
                    // The list is in place, its last token marked.
                    self.wp.d.next = self.ev_addr.val();
                    self.step_done.next = true;
                }
            }
            Phase::ReHdrHi => {
                self.wr_en.next = true;
                self.wr_addr.next = self.wp.q.val() + 1;
                self.wr_data.next = self.out_blen.val().get_bits::<8>(8) | 0xC0;
                self.wp.d.next = self.wp.q.val() + 2;
                self.state.d.next = Phase::ReCopyA;
                if self.count.q.val() == 0 {
                    self.wr_data.next = 0x80.into();
                    self.wp.d.next = self.wp.q.val();
                    self.step_done.next = true;
                }
            }
            Phase::ReCopyA => {
                self.use_copy.next = true;
                self.copy_addr.next = self.scratch.val() | self.idx.q.val();
                self.state.d.next = Phase::ReCopyW;
            }
            Phase::ReCopyW => {
                self.use_copy.next = true;
                self.copy_addr.next = self.scratch.val() | self.idx.q.val();
                self.wr_en.next = true;
                self.wr_data.next = self.txram.read_data.val();
                self.wp.d.next = self.wp.q.val() + 1;
                self.idx.d.next = self.idx_inc.val();
                self.state.d.next = Phase::ReCopyA;
                if self.idx.q.val() == self.out_last.val() {
                    self.idx.d.next = 0.into();
                    self.step_done.next = true;
                }
            }
            // ---- responses
            Phase::Ack => {
                self.last_h1.d.next = self.cmd.q.val() | 0x80;
                self.state.d.next = Phase::Respond;
            }
            Phase::Nack1 => {
                // [0xFF] then payload [code][cmd].
                self.last_h1.d.next = 0xFF.into();
                self.nack_event.next = true;
                self.state.d.next = Phase::Nack2;
            }
            Phase::Nack2 => {
                self.wr_en.next = true;
                self.wr_addr.next = 0.into();
                self.wr_data.next = self.nack_code.q.val();
                self.state.d.next = Phase::Nack3;
            }
            Phase::Nack3 => {
                self.wr_en.next = true;
                self.wr_addr.next = 1.into();
                self.wr_data.next = self.cmd.q.val();
                self.wp.d.next = 2.into();
                self.state.d.next = Phase::Respond;
            }
            Phase::Respond => {
                self.last_seq.d.next = self.seq.q.val();
                self.has_last.d.next = true;
                self.last_len.d.next = self.wp.q.val();
                self.tx_go.d.next = true;
                self.small_resp.d.next = false;
                self.state.d.next = Phase::Sending;
            }
            Phase::Replay => {
                self.small_resp.d.next = false;
                self.wp.d.next = self.last_len.q.val();
                self.tx_go.d.next = true;
                self.state.d.next = Phase::Sending;
            }
            Phase::Info => {
                self.small_h1.d.next = 0x80.into();
                self.wp.d.next = 9.into();
                self.state.d.next = Phase::SendSmall;
            }
            Phase::FrameNack => {
                // A dropped frame (cmd 0xFF) or a malformed INFO, not stored for replay.
                self.small_h1.d.next = 0xFF.into();
                self.wp.d.next = 2.into();
                self.nack_event.next = true;
                self.state.d.next = Phase::SendSmall;
            }
            Phase::SendSmall => {
                self.tx_go.d.next = true;
                self.small_resp.d.next = true;
                self.state.d.next = Phase::Sending;
            }
            Phase::Sending => {
                if self.ftx.ready.val() & !self.tx_go.q.val() {
                    self.state.d.next = Phase::Idle;
                }
            }
            _ => {
                self.state.d.next = Phase::Idle;
            }
        }
        // RUN pass 2: the next step of the token's run, or the next token.
        if self.step_done.val() {
            self.si.d.next = self.si_inc.val();
            self.state.d.next = Phase::RvT0;
            if self.si_inc.val() != self.run_end.q.val() {
                self.state.d.next = Phase::ReClear;
            }
        }
        // Counter events of this cycle's state (after it, so no local is read before it is
        // written: Verilator would see a combinational loop).
        if self.nack_event.val() {
            self.inc_nack.d.next = true;
        }
        if self.dup_event.val() {
            self.inc_dup.d.next = true;
        }
        // Write port of the transmit buffer; read port shared by the encoder and copies.
        self.txram.write_address.next = self.wr_addr.val().get_bits::<PAYLOAD_ADDR_BITS>(0);
        self.txram.write_data.next = self.wr_data.val();
        self.txram.write_enable.next = self.wr_en.val();
        self.txram.read_address.next = self.ftx.buf_addr.val();
        if self.use_copy.val() {
            self.txram.read_address.next = self.copy_addr.val().get_bits::<PAYLOAD_ADDR_BITS>(0);
        }
        if self.adv.val() {
            self.rp.d.next = self.rp_inc.val();
            self.left.d.next = self.left_dec.val();
            self.at_end.d.next = self.left.q.val() == 1;
        }
        // Prefetch: the receive buffer reads the address `rp` will hold next cycle.
        self.rxram.read_address.next = self.rp.d.val().get_bits::<PAYLOAD_ADDR_BITS>(0);
    }
}
