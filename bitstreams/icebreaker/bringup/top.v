

module top(clk,rx,tx,ledr_n,ledg_n);
    
    // Module arguments
    input wire  clk;
    input wire  rx;
    output reg  tx;
    output reg  ledr_n;
    output reg  ledg_n;
    
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
        pll$clock_in = clk;
        reset_sync$clock = pll$clock_out;
        reset_sync$locked = pll$locked;
        app$clock = pll$clock_out;
        app$reset = reset_sync$reset;
        app$uart_rx = rx;
        tx = app$uart_tx;
        ledr_n = ~app$led;
        ledg_n = reset_sync$reset;
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
    localparam  last = 32'h16e35ff;
    
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
    // SB_PLL40_PAD SIMPLE: 12 MHz x (DIVF 63 + 1) / ((DIVR 0 + 1) x 2^DIVQ 4) = 48 MHz (VCO 768 MHz)
    SB_PLL40_PAD #(
        .FEEDBACK_PATH("SIMPLE"),
        .DIVR(4'd0),
        .DIVF(7'd63),
        .DIVQ(3'd4),
        .FILTER_RANGE(3'd1)
    ) pll_i (
        .PACKAGEPIN(clock_in),
        .PLLOUTGLOBAL(clock_out),
        .LOCK(locked),
        .RESETB(1'b1),
        .BYPASS(1'b0)
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
module SB_PLL40_PAD(input PACKAGEPIN, output PLLOUTCORE, output PLLOUTGLOBAL, input EXTFEEDBACK,
    input [7:0] DYNAMICDELAY, output LOCK, input BYPASS, input RESETB, input LATCHINPUTVALUE,
    output SDO, input SDI, input SCLK);
parameter FEEDBACK_PATH = "SIMPLE";
parameter DIVR = 4'b0000;
parameter DIVF = 7'b0000000;
parameter DIVQ = 3'b000;
parameter FILTER_RANGE = 3'b000;
endmodule
