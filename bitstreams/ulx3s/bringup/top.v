

module top(clk_25mhz,ftdi_txd,ftdi_rxd,led,wifi_gpio0);
    
    // Module arguments
    input wire  clk_25mhz;
    input wire  ftdi_txd;
    output reg  ftdi_rxd;
    output reg  [7:0] led;
    output reg  wifi_gpio0;
    
    // Stub signals
    reg  pll$clock_in;
    wire  pll$clock_out;
    wire  pll$locked;
    reg  reset_sync$clock;
    reg  reset_sync$locked;
    wire  reset_sync$reset;
    reg  app$clock;
    reg  app$reset;
    reg  app$uart_rx;
    wire  app$uart_tx;
    wire  app$led;
    
    // Sub module instances
    top$pll pll(
        .clock_in(pll$clock_in),
        .clock_out(pll$clock_out),
        .locked(pll$locked)
    );
    top$reset_sync reset_sync(
        .clock(reset_sync$clock),
        .locked(reset_sync$locked),
        .reset(reset_sync$reset)
    );
    top$app app(
        .clock(app$clock),
        .reset(app$reset),
        .uart_rx(app$uart_rx),
        .uart_tx(app$uart_tx),
        .led(app$led)
    );
    
    // Update code (custom)
    always @(*) begin
        pll$clock_in = clk_25mhz;
        reset_sync$clock = pll$clock_out;
        reset_sync$locked = pll$locked;
        app$clock = pll$clock_out;
        app$reset = reset_sync$reset;
        app$uart_rx = ftdi_txd;
        ftdi_rxd = app$uart_tx;
        led = {6'b000000, ~reset_sync$reset, app$led};
        wifi_gpio0 = 1'b1;
    end
endmodule // top


module top$app(clock,reset,uart_rx,uart_tx,led);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  uart_rx;
    output reg  uart_tx;
    output reg  led;
    
    // Stub signals
    reg  heartbeat$clock;
    reg  heartbeat$reset;
    wire  heartbeat$led;
    reg  rx_meta_n$d;
    wire  rx_meta_n$q;
    reg  rx_meta_n$clock;
    reg  rx_sync_n$d;
    wire  rx_sync_n$q;
    reg  rx_sync_n$clock;
    
    // Sub module instances
    top$app$heartbeat heartbeat(
        .clock(heartbeat$clock),
        .reset(heartbeat$reset),
        .led(heartbeat$led)
    );
    top$app$rx_meta_n rx_meta_n(
        .d(rx_meta_n$d),
        .q(rx_meta_n$q),
        .clock(rx_meta_n$clock)
    );
    top$app$rx_sync_n rx_sync_n(
        .d(rx_sync_n$d),
        .q(rx_sync_n$q),
        .clock(rx_sync_n$clock)
    );
    
    // Update code
    always @(*) begin
        rx_meta_n$clock = clock;
        rx_sync_n$clock = clock;
        rx_meta_n$d = rx_meta_n$q;
        rx_sync_n$d = rx_sync_n$q;
        heartbeat$clock = clock;
        heartbeat$reset = reset;
        led = heartbeat$led;
        rx_meta_n$d = ~uart_rx;
        rx_sync_n$d = rx_meta_n$q;
        uart_tx = ~rx_sync_n$q;
    end
    
endmodule // top$app


module top$app$heartbeat(clock,reset,led);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    output reg  led;
    
    // Constant declarations
    localparam  last = 32'h2faf07f;
    
    // Stub signals
    reg  [31:0] count$d;
    wire  [31:0] count$q;
    reg  count$clock;
    reg  state$d;
    wire  state$q;
    reg  state$clock;
    
    // Sub module instances
    top$app$heartbeat$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$app$heartbeat$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    
    // Update code
    always @(*) begin
        count$clock = clock;
        state$clock = clock;
        count$d = count$q;
        state$d = state$q;
        led = state$q;
        if (reset) begin
            count$d = 32'h0;
            state$d = 1'b0;
        end
        else if (count$q == last) begin
            count$d = 32'h0;
            state$d = ~state$q;
        end
        else begin
            count$d = count$q + 32'h1;
        end
    end
    
endmodule // top$app$heartbeat


module top$app$heartbeat$count(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$heartbeat$count


module top$app$heartbeat$state(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$heartbeat$state


module top$app$rx_meta_n(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$rx_meta_n


module top$app$rx_sync_n(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$rx_sync_n

// v-- Setting output parameters to net type for wrapped code.


module top$pll(clock_in,clock_out,locked);
    
    // Module arguments
    input wire  clock_in;
    output wire  clock_out;
    output wire  locked;
    
    // Update code (wrapper)
    // EHXPLLL CLKOP feedback: 25 MHz x CLKFB_DIV 4 / CLKI_DIV 1 = 100 MHz (CLKOP_DIV 6, VCO 600 MHz)
    (* FREQUENCY_PIN_CLKI="25" *)
    (* FREQUENCY_PIN_CLKOP="100" *)
    (* ICP_CURRENT="12" *) (* LPF_RESISTOR="8" *) (* MFG_ENABLE_FILTEROPAMP="1" *) (* MFG_GMCREF_SEL="2" *)
    EHXPLLL #(
        .PLLRST_ENA("DISABLED"),
        .INTFB_WAKE("DISABLED"),
        .STDBY_ENABLE("DISABLED"),
        .DPHASE_SOURCE("DISABLED"),
        .OUTDIVIDER_MUXA("DIVA"),
        .OUTDIVIDER_MUXB("DIVB"),
        .OUTDIVIDER_MUXC("DIVC"),
        .OUTDIVIDER_MUXD("DIVD"),
        .CLKI_DIV(1),
        .CLKOP_ENABLE("ENABLED"),
        .CLKOP_DIV(6),
        .CLKOP_CPHASE(2),
        .CLKOP_FPHASE(0),
        .FEEDBK_PATH("CLKOP"),
        .CLKFB_DIV(4)
    ) pll_i (
        .RST(1'b0),
        .STDBY(1'b0),
        .CLKI(clock_in),
        .CLKOP(clock_out),
        .CLKFB(clock_out),
        .PHASESEL0(1'b0),
        .PHASESEL1(1'b0),
        .PHASEDIR(1'b1),
        .PHASESTEP(1'b1),
        .PHASELOADREG(1'b1),
        .PLLWAKESYNC(1'b0),
        .ENCLKOP(1'b0),
        .LOCK(locked)
    );
endmodule // top$pll


module top$reset_sync(clock,locked,reset);
    
    // Module arguments
    input wire  clock;
    input wire  locked;
    output reg  reset;
    
    // Constant declarations
    localparam  hold_done = 4'hf;
    
    // Stub signals
    reg  sync_meta$d;
    wire  sync_meta$q;
    reg  sync_meta$clock;
    reg  sync_locked$d;
    wire  sync_locked$q;
    reg  sync_locked$clock;
    reg  [3:0] hold$d;
    wire  [3:0] hold$q;
    reg  hold$clock;
    reg  released$d;
    wire  released$q;
    reg  released$clock;
    
    // Sub module instances
    top$reset_sync$sync_meta sync_meta(
        .d(sync_meta$d),
        .q(sync_meta$q),
        .clock(sync_meta$clock)
    );
    top$reset_sync$sync_locked sync_locked(
        .d(sync_locked$d),
        .q(sync_locked$q),
        .clock(sync_locked$clock)
    );
    top$reset_sync$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    top$reset_sync$released released(
        .d(released$d),
        .q(released$q),
        .clock(released$clock)
    );
    
    // Update code
    always @(*) begin
        sync_meta$clock = clock;
        sync_locked$clock = clock;
        hold$clock = clock;
        released$clock = clock;
        sync_meta$d = sync_meta$q;
        sync_locked$d = sync_locked$q;
        hold$d = hold$q;
        released$d = released$q;
        sync_meta$d = locked;
        sync_locked$d = sync_meta$q;
        if (~sync_locked$q) begin
            hold$d = 32'h0;
        end
        else if (hold$q != hold_done) begin
            hold$d = hold$q + 32'h1;
        end
        released$d = sync_locked$q & (hold$q == hold_done);
        reset = ~released$q;
    end
    
endmodule // top$reset_sync


module top$reset_sync$hold(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$reset_sync$hold


module top$reset_sync$released(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$reset_sync$released


module top$reset_sync$sync_locked(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$reset_sync$sync_locked


module top$reset_sync$sync_meta(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$reset_sync$sync_meta

(* blackbox *)
module EHXPLLL(input CLKI, input CLKFB, input PHASESEL1, input PHASESEL0, input PHASEDIR, input PHASESTEP,
    input PHASELOADREG, input STDBY, input PLLWAKESYNC, input RST, input ENCLKOP, input ENCLKOS,
    input ENCLKOS2, input ENCLKOS3, output CLKOP, output CLKOS, output CLKOS2, output CLKOS3, output LOCK,
    output INTLOCK, output REFCLK, output CLKINTFB);
endmodule
