// Verilator harness of the NeuroCore board emulator (generated Verilog of a board design,
// module `top` with ports `clock`, `reset`, `uart_rx`, `uart_tx`, `led`). `reset` is high
// for the first 16 cycles (emulate::RESET_CYCLES), as after PLL lock on the board. Bytes read from stdin are sent to the board's
// UART RX pin, bytes the board sends on UART TX are written to stdout; 8N1 with
// DIVISOR clock cycles per bit, the same line model as `uart_line.rs`.
// Usage: emu DIVISOR. Exits at end of input once the line is idle; prints
// "cycles=N seconds=S" to stderr at exit.
#include "Vtop.h"
#include "verilated.h"
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>
#include <vector>

int main(int argc, char** argv) {
    if (argc < 2) { fprintf(stderr, "usage: emu DIVISOR\n"); return 2; }
    const unsigned divisor = (unsigned)strtoul(argv[1], nullptr, 10);
    if (divisor < 4) { fprintf(stderr, "divisor must be >= 4\n"); return 2; }
    Verilated::commandArgs(argc, argv);
    Vtop* top = new Vtop;
    fcntl(0, F_SETFL, fcntl(0, F_GETFL) | O_NONBLOCK);
    std::deque<unsigned char> outgoing;
    std::vector<unsigned char> incoming;
    bool eof = false;
    // sender: frame bits, bit index, cycles left; active flag
    bool sending = false; unsigned frame = 0, sbit = 0, left = 0;
    // receiver
    bool receiving = false; unsigned rdata = 0, rbit = 0, rcount = 0;
    const unsigned half = divisor / 2;
    unsigned long long cycles = 0, idle = 0;
    auto t0 = std::chrono::steady_clock::now();
    top->clock = 0; top->uart_rx = 1; top->reset = 1; top->eval();
    for (;;) {
        // The host's bytes are taken only once reset is over, as on the board.
        if ((cycles & 63) == 0 && cycles >= 16) {
            if (!eof) {
                unsigned char buf[4096];
                // Block briefly only when nothing at all happens on the line for a while.
                if (idle > 2000000 && outgoing.empty() && !sending && !receiving) {
                    struct pollfd p = {0, POLLIN, 0};
                    poll(&p, 1, 1);
                }
                ssize_t n = read(0, buf, sizeof buf);
                if (n > 0) { outgoing.insert(outgoing.end(), buf, buf + n); idle = 0; }
                else if (n == 0) eof = true;
            }
            if (!incoming.empty()) {
                fwrite(incoming.data(), 1, incoming.size(), stdout);
                fflush(stdout);
                incoming.clear();
            }
            if (eof && outgoing.empty() && !sending && !receiving && idle > 100000) break;
        }
        top->uart_rx = sending ? ((frame >> sbit) & 1) : 1;
        top->reset = cycles < 16;
        top->clock = 1; top->eval();
        top->clock = 0; top->eval();
        cycles++; idle++;
        const bool tx = top->uart_tx;
        if (sending && --left == 0) {
            left = divisor;
            if (++sbit == 10) sending = false;
        }
        if (!sending && !outgoing.empty()) {
            frame = ((unsigned)outgoing.front() << 1) | (1u << 9);
            outgoing.pop_front();
            sending = true; sbit = 0; left = divisor;
        }
        if (!receiving) {
            if (!tx) { receiving = true; rdata = 0; rbit = 0; rcount = 1; idle = 0; }
        } else if (++rcount == half + divisor * rbit) {
            if (rbit == 0 && tx) receiving = false;
            else if (rbit >= 1 && rbit <= 8) { rdata |= (unsigned)tx << (rbit - 1); rbit++; }
            else if (rbit == 9) { if (tx) incoming.push_back((unsigned char)rdata); receiving = false; }
            else rbit++;
        }
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    fprintf(stderr, "cycles=%llu seconds=%.3f\n", cycles, secs);
    top->final();
    delete top;
    return 0;
}
