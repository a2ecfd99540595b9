

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
    reg  link$clock;
    reg  link$uart_rx;
    wire  link$uart_tx;
    wire  [23:0] link$ctrl_addr;
    wire  [15:0] link$ctrl_wdata;
    wire  link$ctrl_write;
    wire  link$ctrl_read;
    reg  link$ctrl_ready;
    reg  [15:0] link$ctrl_rdata;
    reg  link$ctrl_rvalid;
    wire  [15:0] link$in_spike;
    wire  link$in_spike_write;
    wire  link$step_start;
    reg  link$busy;
    reg  link$done;
    reg  [15:0] link$out_spike;
    reg  link$out_spike_valid;
    wire  link$out_spike_read;
    wire  link$core_reset;
    wire  link$line_error;
    wire  link$idle;
    reg  core$clock;
    reg  [23:0] core$ctrl_addr;
    reg  [15:0] core$ctrl_wdata;
    reg  core$ctrl_write;
    reg  core$ctrl_read;
    wire  core$ctrl_ready;
    wire  [15:0] core$ctrl_rdata;
    wire  core$ctrl_rvalid;
    reg  [15:0] core$in_spike;
    reg  core$in_spike_write;
    reg  core$step_start;
    wire  core$busy;
    wire  core$done;
    wire  [15:0] core$out_spike;
    wire  core$out_spike_valid;
    reg  core$out_spike_read;
    reg  core$core_reset;
    wire  core$spike_valid;
    wire  [11:0] core$spike_n;
    
    // Sub module instances
    top$app$link link(
        .clock(link$clock),
        .uart_rx(link$uart_rx),
        .uart_tx(link$uart_tx),
        .ctrl_addr(link$ctrl_addr),
        .ctrl_wdata(link$ctrl_wdata),
        .ctrl_write(link$ctrl_write),
        .ctrl_read(link$ctrl_read),
        .ctrl_ready(link$ctrl_ready),
        .ctrl_rdata(link$ctrl_rdata),
        .ctrl_rvalid(link$ctrl_rvalid),
        .in_spike(link$in_spike),
        .in_spike_write(link$in_spike_write),
        .step_start(link$step_start),
        .busy(link$busy),
        .done(link$done),
        .out_spike(link$out_spike),
        .out_spike_valid(link$out_spike_valid),
        .out_spike_read(link$out_spike_read),
        .core_reset(link$core_reset),
        .line_error(link$line_error),
        .idle(link$idle)
    );
    top$app$core core(
        .clock(core$clock),
        .ctrl_addr(core$ctrl_addr),
        .ctrl_wdata(core$ctrl_wdata),
        .ctrl_write(core$ctrl_write),
        .ctrl_read(core$ctrl_read),
        .ctrl_ready(core$ctrl_ready),
        .ctrl_rdata(core$ctrl_rdata),
        .ctrl_rvalid(core$ctrl_rvalid),
        .in_spike(core$in_spike),
        .in_spike_write(core$in_spike_write),
        .step_start(core$step_start),
        .busy(core$busy),
        .done(core$done),
        .out_spike(core$out_spike),
        .out_spike_valid(core$out_spike_valid),
        .out_spike_read(core$out_spike_read),
        .core_reset(core$core_reset),
        .spike_valid(core$spike_valid),
        .spike_n(core$spike_n)
    );
    
    // Update code
    always @(*) begin
        link$clock = clock;
        core$clock = clock;
        link$uart_rx = uart_rx | reset;
        uart_tx = link$uart_tx;
        led = ~link$idle;
        core$ctrl_addr = link$ctrl_addr;
        core$ctrl_wdata = link$ctrl_wdata;
        core$ctrl_write = link$ctrl_write;
        core$ctrl_read = link$ctrl_read;
        link$ctrl_ready = core$ctrl_ready;
        link$ctrl_rdata = core$ctrl_rdata;
        link$ctrl_rvalid = core$ctrl_rvalid;
        core$in_spike = link$in_spike;
        core$in_spike_write = link$in_spike_write;
        core$step_start = link$step_start;
        link$busy = core$busy;
        link$done = core$done;
        link$out_spike = core$out_spike;
        link$out_spike_valid = core$out_spike_valid;
        core$out_spike_read = link$out_spike_read;
        core$core_reset = link$core_reset | reset;
    end
    
endmodule // top$app


module top$app$core(clock,ctrl_addr,ctrl_wdata,ctrl_write,ctrl_read,ctrl_ready,ctrl_rdata,ctrl_rvalid,in_spike,in_spike_write,step_start,busy,done,out_spike,out_spike_valid,out_spike_read,core_reset,spike_valid,spike_n);
    
    // Module arguments
    input wire  clock;
    input wire  [23:0] ctrl_addr;
    input wire  [15:0] ctrl_wdata;
    input wire  ctrl_write;
    input wire  ctrl_read;
    output reg  ctrl_ready;
    output reg  [15:0] ctrl_rdata;
    output reg  ctrl_rvalid;
    input wire  [15:0] in_spike;
    input wire  in_spike_write;
    input wire  step_start;
    output reg  busy;
    output reg  done;
    output reg  [15:0] out_spike;
    output reg  out_spike_valid;
    input wire  out_spike_read;
    input wire  core_reset;
    output reg  spike_valid;
    output reg  [11:0] spike_n;
    
    // Constant declarations
    localparam  sources = 16'h200;
    localparam  plastic_words = 16'h20;
    localparam  neurons = 16'h100;
    localparam  weight_words = 17'b10000000000000000;
    
    // Stub signals
    reg  lif$clock;
    reg  lif$start;
    wire  lif$busy;
    wire  lif$done;
    wire  lif$acc_read;
    wire  [11:0] lif$acc_n;
    reg  [25:0] lif$acc_data;
    wire  lif$spike_valid;
    wire  [11:0] lif$spike_n;
    reg  lif$clear;
    reg  [11:0] lif$clear_n;
    reg  [11:0] lif$mem_n;
    reg  [2:0] lif$mem_field;
    reg  [15:0] lif$mem_wdata;
    reg  lif$mem_write;
    wire  [15:0] lif$mem_rdata;
    reg  syn$clock;
    reg  syn$ev_valid;
    reg  [12:0] syn$ev_s;
    wire  syn$ev_take;
    wire  syn$idle;
    wire  syn$idle_next;
    wire  [12:0] syn$row_s;
    reg  [2:0] syn$weight_shift;
    reg  syn$lif_read;
    reg  [11:0] syn$lif_n;
    wire  [25:0] syn$lif_acc;
    reg  [15:0] syn$wmem_addr;
    reg  [15:0] syn$wmem_wdata;
    reg  syn$wmem_write;
    wire  [15:0] syn$wmem_rdata;
    reg  router$clock;
    reg  router$clear;
    reg  [15:0] router$in_spike;
    reg  router$in_spike_write;
    reg  router$step_begin;
    wire  router$ev_valid;
    wire  [12:0] router$ev_s;
    reg  router$ev_take;
    wire  router$ev_done;
    reg  router$lif_begin;
    reg  router$spike_valid;
    reg  [11:0] router$spike_n;
    wire  [15:0] router$out_spike;
    wire  router$out_spike_valid;
    reg  router$out_spike_read;
    wire  [15:0] router$in_overflow;
    wire  [15:0] router$out_overflow;
    reg  ctl$clock;
    reg  ctl$step_start;
    reg  ctl$core_reset;
    reg  ctl$ev_done;
    reg  ctl$syn_idle_next;
    reg  ctl$lif_done;
    reg  ctl$stdp_enable;
    reg  ctl$stdp_done;
    wire  ctl$stdp_start;
    wire  ctl$step_begin;
    wire  ctl$lif_start;
    wire  ctl$clear;
    wire  [12:0] ctl$clear_idx;
    wire  ctl$clear_all;
    wire  ctl$busy;
    wire  ctl$done;
    wire  [2:0] ctl$phase;
    wire  [31:0] ctl$steps;
    wire  [31:0] ctl$cycles;
    reg  stdp$clock;
    reg  stdp$enable;
    reg  stdp$start;
    wire  stdp$busy;
    wire  stdp$done;
    reg  [15:0] stdp$shifts;
    reg  [15:0] stdp$increments;
    reg  [15:0] stdp$bounds;
    reg  stdp$ev_take;
    reg  [12:0] stdp$ev_s;
    reg  stdp$spike_valid;
    reg  [11:0] stdp$spike_n;
    wire  [15:0] stdp$w_addr;
    wire  [15:0] stdp$w_wdata;
    wire  stdp$w_write;
    reg  [15:0] stdp$w_rdata;
    reg  stdp$clear;
    reg  [12:0] stdp$clear_idx;
    reg  [1:0] stdp$mem_region;
    reg  [15:0] stdp$mem_idx;
    reg  [15:0] stdp$mem_wdata;
    reg  stdp$mem_write;
    wire  [15:0] stdp$mem_rdata;
    reg  stdp_en$d;
    wire  stdp_en$q;
    reg  stdp_en$clock;
    reg  [15:0] stdp_shifts$d;
    wire  [15:0] stdp_shifts$q;
    reg  stdp_shifts$clock;
    reg  [15:0] stdp_inc$d;
    wire  [15:0] stdp_inc$q;
    reg  stdp_inc$clock;
    reg  [15:0] stdp_bounds$d;
    wire  [15:0] stdp_bounds$q;
    reg  stdp_bounds$clock;
    reg  [2:0] wshift$d;
    wire  [2:0] wshift$q;
    reg  wshift$clock;
    reg  lif_clr$d;
    wire  lif_clr$q;
    reg  lif_clr$clock;
    reg  [11:0] lif_clr_n$d;
    wire  [11:0] lif_clr_n$q;
    reg  lif_clr_n$clock;
    reg  q_valid$d;
    wire  q_valid$q;
    reg  q_valid$clock;
    reg  q_write$d;
    wire  q_write$q;
    reg  q_write$clock;
    reg  q_read$d;
    wire  q_read$q;
    reg  q_read$clock;
    reg  [23:0] q_addr$d;
    wire  [23:0] q_addr$q;
    reg  q_addr$clock;
    reg  [15:0] q_wdata$d;
    wire  [15:0] q_wdata$q;
    reg  q_wdata$clock;
    reg  q_cok$d;
    wire  q_cok$q;
    reg  q_cok$clock;
    reg  q_wok$d;
    wire  q_wok$q;
    reg  q_wok$clock;
    reg  b_valid$d;
    wire  b_valid$q;
    reg  b_valid$clock;
    reg  b_rd$d;
    wire  b_rd$q;
    reg  b_rd$clock;
    reg  b_wv$d;
    wire  b_wv$q;
    reg  b_wv$clock;
    reg  b_cok$d;
    wire  b_cok$q;
    reg  b_cok$clock;
    reg  b_r6$d;
    wire  b_r6$q;
    reg  b_r6$clock;
    reg  b_r6w$d;
    wire  b_r6w$q;
    reg  b_r6w$clock;
    reg  [15:0] b_rsel$d;
    wire  [15:0] b_rsel$q;
    reg  b_rsel$clock;
    reg  b_nok$d;
    wire  b_nok$q;
    reg  b_nok$clock;
    reg  b_wok$d;
    wire  b_wok$q;
    reg  b_wok$clock;
    reg  b_sok$d;
    wire  b_sok$q;
    reg  b_sok$clock;
    reg  b_nk$d;
    wire  b_nk$q;
    reg  b_nk$clock;
    reg  b_pok$d;
    wire  b_pok$q;
    reg  b_pok$clock;
    reg  rd_pend1$d;
    wire  rd_pend1$q;
    reg  rd_pend1$clock;
    reg  rd_pend2$d;
    wire  rd_pend2$q;
    reg  rd_pend2$clock;
    reg  rd_pend3$d;
    wire  rd_pend3$q;
    reg  rd_pend3$clock;
    reg  rd_sel_lif$d;
    wire  rd_sel_lif$q;
    reg  rd_sel_lif$clock;
    reg  rd_sel_syn$d;
    wire  rd_sel_syn$q;
    reg  rd_sel_syn$clock;
    reg  rd_sel_stdp$d;
    wire  rd_sel_stdp$q;
    reg  rd_sel_stdp$clock;
    reg  rd_sel_reg$d;
    wire  rd_sel_reg$q;
    reg  rd_sel_reg$clock;
    reg  [15:0] rd_reg$d;
    wire  [15:0] rd_reg$q;
    reg  rd_reg$clock;
    reg  [15:0] rdata$d;
    wire  [15:0] rdata$q;
    reg  rdata$clock;
    
    // Local signals
    reg  [3:0] reg_k;
    reg  [15:0] reg_cfg;
    reg  [15:0] reg_cnt;
    reg  [15:0] reg_ovf;
    reg  [15:0] reg_val;
    reg  c_lif;
    reg  c_syn;
    reg  c_stdp;
    reg  [15:0] rv_lif;
    reg  [15:0] rv_syn;
    reg  [15:0] rv_stdp;
    reg  [15:0] rv_reg;
    reg  ready;
    reg  [3:0] region;
    reg  [15:0] index;
    reg  neuron_ok;
    reg  rd;
    
    // Sub module instances
    top$app$core$lif lif(
        .clock(lif$clock),
        .start(lif$start),
        .busy(lif$busy),
        .done(lif$done),
        .acc_read(lif$acc_read),
        .acc_n(lif$acc_n),
        .acc_data(lif$acc_data),
        .spike_valid(lif$spike_valid),
        .spike_n(lif$spike_n),
        .clear(lif$clear),
        .clear_n(lif$clear_n),
        .mem_n(lif$mem_n),
        .mem_field(lif$mem_field),
        .mem_wdata(lif$mem_wdata),
        .mem_write(lif$mem_write),
        .mem_rdata(lif$mem_rdata)
    );
    top$app$core$syn syn(
        .clock(syn$clock),
        .ev_valid(syn$ev_valid),
        .ev_s(syn$ev_s),
        .ev_take(syn$ev_take),
        .idle(syn$idle),
        .idle_next(syn$idle_next),
        .row_s(syn$row_s),
        .weight_shift(syn$weight_shift),
        .lif_read(syn$lif_read),
        .lif_n(syn$lif_n),
        .lif_acc(syn$lif_acc),
        .wmem_addr(syn$wmem_addr),
        .wmem_wdata(syn$wmem_wdata),
        .wmem_write(syn$wmem_write),
        .wmem_rdata(syn$wmem_rdata)
    );
    top$app$core$router router(
        .clock(router$clock),
        .clear(router$clear),
        .in_spike(router$in_spike),
        .in_spike_write(router$in_spike_write),
        .step_begin(router$step_begin),
        .ev_valid(router$ev_valid),
        .ev_s(router$ev_s),
        .ev_take(router$ev_take),
        .ev_done(router$ev_done),
        .lif_begin(router$lif_begin),
        .spike_valid(router$spike_valid),
        .spike_n(router$spike_n),
        .out_spike(router$out_spike),
        .out_spike_valid(router$out_spike_valid),
        .out_spike_read(router$out_spike_read),
        .in_overflow(router$in_overflow),
        .out_overflow(router$out_overflow)
    );
    top$app$core$ctl ctl(
        .clock(ctl$clock),
        .step_start(ctl$step_start),
        .core_reset(ctl$core_reset),
        .ev_done(ctl$ev_done),
        .syn_idle_next(ctl$syn_idle_next),
        .lif_done(ctl$lif_done),
        .stdp_enable(ctl$stdp_enable),
        .stdp_done(ctl$stdp_done),
        .stdp_start(ctl$stdp_start),
        .step_begin(ctl$step_begin),
        .lif_start(ctl$lif_start),
        .clear(ctl$clear),
        .clear_idx(ctl$clear_idx),
        .clear_all(ctl$clear_all),
        .busy(ctl$busy),
        .done(ctl$done),
        .phase(ctl$phase),
        .steps(ctl$steps),
        .cycles(ctl$cycles)
    );
    top$app$core$stdp stdp(
        .clock(stdp$clock),
        .enable(stdp$enable),
        .start(stdp$start),
        .busy(stdp$busy),
        .done(stdp$done),
        .shifts(stdp$shifts),
        .increments(stdp$increments),
        .bounds(stdp$bounds),
        .ev_take(stdp$ev_take),
        .ev_s(stdp$ev_s),
        .spike_valid(stdp$spike_valid),
        .spike_n(stdp$spike_n),
        .w_addr(stdp$w_addr),
        .w_wdata(stdp$w_wdata),
        .w_write(stdp$w_write),
        .w_rdata(stdp$w_rdata),
        .clear(stdp$clear),
        .clear_idx(stdp$clear_idx),
        .mem_region(stdp$mem_region),
        .mem_idx(stdp$mem_idx),
        .mem_wdata(stdp$mem_wdata),
        .mem_write(stdp$mem_write),
        .mem_rdata(stdp$mem_rdata)
    );
    top$app$core$stdp_en stdp_en(
        .d(stdp_en$d),
        .q(stdp_en$q),
        .clock(stdp_en$clock)
    );
    top$app$core$stdp_shifts stdp_shifts(
        .d(stdp_shifts$d),
        .q(stdp_shifts$q),
        .clock(stdp_shifts$clock)
    );
    top$app$core$stdp_inc stdp_inc(
        .d(stdp_inc$d),
        .q(stdp_inc$q),
        .clock(stdp_inc$clock)
    );
    top$app$core$stdp_bounds stdp_bounds(
        .d(stdp_bounds$d),
        .q(stdp_bounds$q),
        .clock(stdp_bounds$clock)
    );
    top$app$core$wshift wshift(
        .d(wshift$d),
        .q(wshift$q),
        .clock(wshift$clock)
    );
    top$app$core$lif_clr lif_clr(
        .d(lif_clr$d),
        .q(lif_clr$q),
        .clock(lif_clr$clock)
    );
    top$app$core$lif_clr_n lif_clr_n(
        .d(lif_clr_n$d),
        .q(lif_clr_n$q),
        .clock(lif_clr_n$clock)
    );
    top$app$core$q_valid q_valid(
        .d(q_valid$d),
        .q(q_valid$q),
        .clock(q_valid$clock)
    );
    top$app$core$q_write q_write(
        .d(q_write$d),
        .q(q_write$q),
        .clock(q_write$clock)
    );
    top$app$core$q_read q_read(
        .d(q_read$d),
        .q(q_read$q),
        .clock(q_read$clock)
    );
    top$app$core$q_addr q_addr(
        .d(q_addr$d),
        .q(q_addr$q),
        .clock(q_addr$clock)
    );
    top$app$core$q_wdata q_wdata(
        .d(q_wdata$d),
        .q(q_wdata$q),
        .clock(q_wdata$clock)
    );
    top$app$core$q_cok q_cok(
        .d(q_cok$d),
        .q(q_cok$q),
        .clock(q_cok$clock)
    );
    top$app$core$q_wok q_wok(
        .d(q_wok$d),
        .q(q_wok$q),
        .clock(q_wok$clock)
    );
    top$app$core$b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    top$app$core$b_rd b_rd(
        .d(b_rd$d),
        .q(b_rd$q),
        .clock(b_rd$clock)
    );
    top$app$core$b_wv b_wv(
        .d(b_wv$d),
        .q(b_wv$q),
        .clock(b_wv$clock)
    );
    top$app$core$b_cok b_cok(
        .d(b_cok$d),
        .q(b_cok$q),
        .clock(b_cok$clock)
    );
    top$app$core$b_r6 b_r6(
        .d(b_r6$d),
        .q(b_r6$q),
        .clock(b_r6$clock)
    );
    top$app$core$b_r6w b_r6w(
        .d(b_r6w$d),
        .q(b_r6w$q),
        .clock(b_r6w$clock)
    );
    top$app$core$b_rsel b_rsel(
        .d(b_rsel$d),
        .q(b_rsel$q),
        .clock(b_rsel$clock)
    );
    top$app$core$b_nok b_nok(
        .d(b_nok$d),
        .q(b_nok$q),
        .clock(b_nok$clock)
    );
    top$app$core$b_wok b_wok(
        .d(b_wok$d),
        .q(b_wok$q),
        .clock(b_wok$clock)
    );
    top$app$core$b_sok b_sok(
        .d(b_sok$d),
        .q(b_sok$q),
        .clock(b_sok$clock)
    );
    top$app$core$b_nk b_nk(
        .d(b_nk$d),
        .q(b_nk$q),
        .clock(b_nk$clock)
    );
    top$app$core$b_pok b_pok(
        .d(b_pok$d),
        .q(b_pok$q),
        .clock(b_pok$clock)
    );
    top$app$core$rd_pend1 rd_pend1(
        .d(rd_pend1$d),
        .q(rd_pend1$q),
        .clock(rd_pend1$clock)
    );
    top$app$core$rd_pend2 rd_pend2(
        .d(rd_pend2$d),
        .q(rd_pend2$q),
        .clock(rd_pend2$clock)
    );
    top$app$core$rd_pend3 rd_pend3(
        .d(rd_pend3$d),
        .q(rd_pend3$q),
        .clock(rd_pend3$clock)
    );
    top$app$core$rd_sel_lif rd_sel_lif(
        .d(rd_sel_lif$d),
        .q(rd_sel_lif$q),
        .clock(rd_sel_lif$clock)
    );
    top$app$core$rd_sel_syn rd_sel_syn(
        .d(rd_sel_syn$d),
        .q(rd_sel_syn$q),
        .clock(rd_sel_syn$clock)
    );
    top$app$core$rd_sel_stdp rd_sel_stdp(
        .d(rd_sel_stdp$d),
        .q(rd_sel_stdp$q),
        .clock(rd_sel_stdp$clock)
    );
    top$app$core$rd_sel_reg rd_sel_reg(
        .d(rd_sel_reg$d),
        .q(rd_sel_reg$q),
        .clock(rd_sel_reg$clock)
    );
    top$app$core$rd_reg rd_reg(
        .d(rd_reg$d),
        .q(rd_reg$q),
        .clock(rd_reg$clock)
    );
    top$app$core$rdata rdata(
        .d(rdata$d),
        .q(rdata$q),
        .clock(rdata$clock)
    );
    
    // Update code
    always @(*) begin
        wshift$clock = clock;
        lif_clr$clock = clock;
        lif_clr_n$clock = clock;
        rd_pend1$clock = clock;
        rd_pend2$clock = clock;
        rd_pend3$clock = clock;
        rd_sel_lif$clock = clock;
        rd_sel_syn$clock = clock;
        rd_sel_stdp$clock = clock;
        rd_sel_reg$clock = clock;
        rd_reg$clock = clock;
        rdata$clock = clock;
        stdp_en$clock = clock;
        stdp_shifts$clock = clock;
        stdp_inc$clock = clock;
        stdp_bounds$clock = clock;
        q_valid$clock = clock;
        q_write$clock = clock;
        q_read$clock = clock;
        q_addr$clock = clock;
        q_wdata$clock = clock;
        q_cok$clock = clock;
        q_wok$clock = clock;
        b_valid$clock = clock;
        b_rd$clock = clock;
        b_wv$clock = clock;
        b_cok$clock = clock;
        b_r6$clock = clock;
        b_r6w$clock = clock;
        b_rsel$clock = clock;
        b_nok$clock = clock;
        b_wok$clock = clock;
        b_sok$clock = clock;
        b_nk$clock = clock;
        b_pok$clock = clock;
        wshift$d = wshift$q;
        lif_clr$d = lif_clr$q;
        lif_clr_n$d = lif_clr_n$q;
        rd_pend1$d = rd_pend1$q;
        rd_pend2$d = rd_pend2$q;
        rd_pend3$d = rd_pend3$q;
        rd_sel_lif$d = rd_sel_lif$q;
        rd_sel_syn$d = rd_sel_syn$q;
        rd_sel_stdp$d = rd_sel_stdp$q;
        rd_sel_reg$d = rd_sel_reg$q;
        rd_reg$d = rd_reg$q;
        rdata$d = rdata$q;
        stdp_en$d = stdp_en$q;
        stdp_shifts$d = stdp_shifts$q;
        stdp_inc$d = stdp_inc$q;
        stdp_bounds$d = stdp_bounds$q;
        q_valid$d = q_valid$q;
        q_write$d = q_write$q;
        q_read$d = q_read$q;
        q_addr$d = q_addr$q;
        q_wdata$d = q_wdata$q;
        q_cok$d = q_cok$q;
        q_wok$d = q_wok$q;
        b_valid$d = b_valid$q;
        b_rd$d = b_rd$q;
        b_wv$d = b_wv$q;
        b_cok$d = b_cok$q;
        b_r6$d = b_r6$q;
        b_r6w$d = b_r6w$q;
        b_rsel$d = b_rsel$q;
        b_nok$d = b_nok$q;
        b_wok$d = b_wok$q;
        b_sok$d = b_sok$q;
        b_nk$d = b_nk$q;
        b_pok$d = b_pok$q;
        lif$clock = clock;
        syn$clock = clock;
        router$clock = clock;
        ctl$clock = clock;
        stdp$clock = clock;
        ctl$step_start = step_start & ~q_valid$q & ~b_valid$q;
        ctl$core_reset = core_reset;
        ctl$ev_done = router$ev_done;
        ctl$syn_idle_next = syn$idle_next;
        ctl$lif_done = lif$done;
        ctl$stdp_enable = stdp_en$q;
        ctl$stdp_done = stdp$done;
        stdp$enable = stdp_en$q;
        stdp$start = ctl$stdp_start;
        stdp$shifts = stdp_shifts$q;
        stdp$increments = stdp_inc$q;
        stdp$bounds = stdp_bounds$q;
        stdp$ev_take = syn$ev_take;
        stdp$ev_s = syn$row_s;
        stdp$spike_valid = lif$spike_valid;
        stdp$spike_n = lif$spike_n;
        stdp$w_rdata = syn$wmem_rdata;
        stdp$clear = ctl$clear;
        stdp$clear_idx = ctl$clear_idx;
        busy = ctl$busy | q_valid$q | b_valid$q;
        done = ctl$done;
        router$clear = ctl$clear_all;
        router$in_spike = in_spike;
        router$in_spike_write = in_spike_write;
        router$step_begin = ctl$step_begin;
        router$ev_take = syn$ev_take;
        router$lif_begin = ctl$lif_start;
        router$spike_valid = lif$spike_valid;
        router$spike_n = lif$spike_n;
        router$out_spike_read = out_spike_read;
        out_spike = router$out_spike;
        out_spike_valid = router$out_spike_valid;
        spike_valid = lif$spike_valid;
        spike_n = lif$spike_n;
        syn$ev_valid = router$ev_valid;
        syn$ev_s = router$ev_s;
        syn$weight_shift = wshift$q;
        syn$lif_read = lif$acc_read;
        syn$lif_n = lif$acc_n;
        lif$start = ctl$lif_start;
        lif$acc_data = syn$lif_acc;
        lif_clr$d = ctl$clear & (((ctl$clear_idx) & 16'hffff) < neurons);
        lif_clr_n$d = ((ctl$clear_idx) & 12'hfff);
        lif$clear = lif_clr$q;
        lif$clear_n = lif_clr_n$q;
        ready = ~ctl$busy & ~q_valid$q & ~b_valid$q & ~rd_pend1$q & ~rd_pend2$q & ~rd_pend3$q;
        ctrl_ready = ready;
        q_valid$d = ready & (ctrl_write | ctrl_read);
        if (ready) begin
            q_write$d = ctrl_write;
            q_read$d = ctrl_read;
            q_addr$d = ctrl_addr;
            q_wdata$d = ctrl_wdata;
            q_cok$d = ctrl_addr[(32'h14)+:(4)] == 32'h0;
            q_wok$d = (((ctrl_addr[(32'h0)+:(16)]) & 17'h1ffff) < weight_words) & (ctrl_addr[(32'h10)+:(4)] == 32'h2);
        end
        region = q_addr$q[(32'h10)+:(4)];
        index = q_addr$q[(32'h0)+:(16)];
        neuron_ok = (((index[(32'h2)+:(14)]) & 16'hffff) < neurons) & (index[(32'h0)+:(2)] != 32'h3);
        rd = q_valid$q & q_read$q;
        b_valid$d = q_valid$q;
        b_rd$d = rd;
        b_wv$d = q_valid$q & q_write$q & q_cok$q;
        b_cok$d = q_cok$q;
        b_r6$d = region == 32'h6;
        b_r6w$d = (region == 32'h6) & (index[(32'h2)+:(14)] == 32'h0);
        b_rsel$d = 32'h0;
        if (index[(32'h4)+:(12)] == 32'h0) begin
            b_rsel$d = ((32'h1) & 16'hffff) << index[(32'h0)+:(4)];
        end
        b_nok$d = neuron_ok & (region <= 32'h1);
        b_wok$d = q_wok$q;
        b_sok$d = (index < sources) & (region == 32'h3);
        b_nk$d = (index < neurons) & (region == 32'h4);
        b_pok$d = (index < plastic_words) & (region == 32'h5);
        lif$mem_n = index[(32'h2)+:(12)];
        lif$mem_field = ((index[(32'h0)+:(2)]) & 3'h7);
        if (region == 32'h1) begin
            lif$mem_field = ((index[(32'h0)+:(2)]) & 3'h7) | 32'h4;
        end
        lif$mem_wdata = q_wdata$q;
        c_lif = b_nok$q;
        c_syn = b_wok$q;
        c_stdp = b_sok$q | b_nk$q | b_pok$q;
        lif$mem_write = b_wv$q & c_lif;
        syn$wmem_addr = index;
        syn$wmem_wdata = q_wdata$q;
        syn$wmem_write = q_valid$q & q_write$q & q_cok$q & q_wok$q;
        if (stdp$busy) begin
            syn$wmem_addr = stdp$w_addr;
            syn$wmem_wdata = stdp$w_wdata;
            syn$wmem_write = stdp$w_write;
        end
        stdp$mem_idx = index;
        stdp$mem_wdata = q_wdata$q;
        stdp$mem_region = ((region - 32'h3) & 2'h3);
        stdp$mem_write = b_wv$q & c_stdp;
        reg_k = index[(32'h0)+:(4)];
        if (b_wv$q & b_r6w$q) begin
            if (reg_k == 32'h0) begin
                wshift$d = q_wdata$q[(32'h0)+:(3)];
                stdp_en$d = q_wdata$q[32'h8];
            end
            if (reg_k == 32'h1) begin
                stdp_shifts$d = q_wdata$q & 32'h7777;
            end
            if (reg_k == 32'h2) begin
                stdp_inc$d = q_wdata$q;
            end
            if (reg_k == 32'h3) begin
                stdp_bounds$d = q_wdata$q;
            end
        end
        rd_pend1$d = b_rd$q;
        rd_pend2$d = rd_pend1$q;
        rd_pend3$d = rd_pend2$q;
        rd_sel_lif$d = b_cok$q & c_lif;
        rd_sel_syn$d = b_cok$q & c_syn;
        rd_sel_stdp$d = b_cok$q & c_stdp;
        rd_sel_reg$d = b_cok$q & b_r6$q;
        reg_cfg = 32'h0;
        if (b_rsel$q[32'h0]) begin
            reg_cfg = ((wshift$q) & 16'hffff);
            if (stdp_en$q) begin
                reg_cfg = ((wshift$q) & 16'hffff) | 32'h100;
            end
        end
        if (b_rsel$q[32'h1]) begin
            reg_cfg = stdp_shifts$q;
        end
        if (b_rsel$q[32'h2]) begin
            reg_cfg = stdp_inc$q;
        end
        if (b_rsel$q[32'h3]) begin
            reg_cfg = stdp_bounds$q;
        end
        reg_cnt = 32'h0;
        if (b_rsel$q[32'h8]) begin
            reg_cnt = ctl$steps[(32'h0)+:(16)];
        end
        if (b_rsel$q[32'h9]) begin
            reg_cnt = ctl$steps[(32'h10)+:(16)];
        end
        if (b_rsel$q[32'ha]) begin
            reg_cnt = ctl$cycles[(32'h0)+:(16)];
        end
        if (b_rsel$q[32'hb]) begin
            reg_cnt = ctl$cycles[(32'h10)+:(16)];
        end
        reg_ovf = 32'h0;
        if (b_rsel$q[32'hc]) begin
            reg_ovf = router$out_overflow;
        end
        if (b_rsel$q[32'hd]) begin
            reg_ovf = router$in_overflow;
        end
        reg_val = reg_cfg | reg_cnt | reg_ovf;
        rd_reg$d = reg_val;
        rv_lif = 32'h0;
        if (rd_sel_lif$q) begin
            rv_lif = lif$mem_rdata;
        end
        rv_syn = 32'h0;
        if (rd_sel_syn$q) begin
            rv_syn = syn$wmem_rdata;
        end
        rv_stdp = 32'h0;
        if (rd_sel_stdp$q) begin
            rv_stdp = stdp$mem_rdata;
        end
        rv_reg = 32'h0;
        if (rd_sel_reg$q) begin
            rv_reg = rd_reg$q;
        end
        rdata$d = rv_lif | rv_syn | rv_stdp | rv_reg;
        ctrl_rdata = rdata$q;
        ctrl_rvalid = rd_pend3$q;
    end
    
endmodule // top$app$core


module top$app$core$b_cok(d,q,clock);
    
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
          
endmodule // top$app$core$b_cok


module top$app$core$b_nk(d,q,clock);
    
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
          
endmodule // top$app$core$b_nk


module top$app$core$b_nok(d,q,clock);
    
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
          
endmodule // top$app$core$b_nok


module top$app$core$b_pok(d,q,clock);
    
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
          
endmodule // top$app$core$b_pok


module top$app$core$b_r6(d,q,clock);
    
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
          
endmodule // top$app$core$b_r6


module top$app$core$b_r6w(d,q,clock);
    
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
          
endmodule // top$app$core$b_r6w


module top$app$core$b_rd(d,q,clock);
    
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
          
endmodule // top$app$core$b_rd


module top$app$core$b_rsel(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$b_rsel


module top$app$core$b_sok(d,q,clock);
    
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
          
endmodule // top$app$core$b_sok


module top$app$core$b_valid(d,q,clock);
    
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
          
endmodule // top$app$core$b_valid


module top$app$core$b_wok(d,q,clock);
    
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
          
endmodule // top$app$core$b_wok


module top$app$core$b_wv(d,q,clock);
    
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
          
endmodule // top$app$core$b_wv


module top$app$core$ctl(clock,step_start,core_reset,ev_done,syn_idle_next,lif_done,stdp_enable,stdp_done,stdp_start,step_begin,lif_start,clear,clear_idx,clear_all,busy,done,phase,steps,cycles);
    
    // Module arguments
    input wire  clock;
    input wire  step_start;
    input wire  core_reset;
    input wire  ev_done;
    input wire  syn_idle_next;
    input wire  lif_done;
    input wire  stdp_enable;
    input wire  stdp_done;
    output reg  stdp_start;
    output reg  step_begin;
    output reg  lif_start;
    output reg  clear;
    output reg  [12:0] clear_idx;
    output reg  clear_all;
    output reg  busy;
    output reg  done;
    output reg  [2:0] phase;
    output reg  [31:0] steps;
    output reg  [31:0] cycles;
    
    // Constant declarations
    localparam  clear_last = 13'b111111111;
    localparam  idx_mask = 13'b111111111;
    
    // Stub signals
    reg  [2:0] state$d;
    wire  [2:0] state$q;
    reg  state$clock;
    reg  [12:0] idx$d;
    wire  [12:0] idx$q;
    reg  idx$clock;
    reg  first$d;
    wire  first$q;
    reg  first$clock;
    reg  pending$d;
    wire  pending$q;
    reg  pending$clock;
    reg  [31:0] cyc$d;
    wire  [31:0] cyc$q;
    reg  cyc$clock;
    reg  [31:0] last_cycles$d;
    wire  [31:0] last_cycles$q;
    reg  last_cycles$clock;
    reg  [31:0] nsteps$d;
    wire  [31:0] nsteps$q;
    reg  nsteps$clock;
    reg  lif_done_1$d;
    wire  lif_done_1$q;
    reg  lif_done_1$clock;
    reg  lif_done_2$d;
    wire  lif_done_2$q;
    reg  lif_done_2$clock;
    reg  lif_fin$d;
    wire  lif_fin$q;
    reg  lif_fin$clock;
    reg  stdp_go$d;
    wire  stdp_go$q;
    reg  stdp_go$clock;
    reg  acc_over$d;
    wire  acc_over$q;
    reg  acc_over$clock;
    reg  clr$d;
    wire  clr$q;
    reg  clr$clock;
    reg  run$d;
    wire  run$q;
    reg  run$clock;
    
    // Sub module instances
    top$app$core$ctl$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$app$core$ctl$idx idx(
        .d(idx$d),
        .q(idx$q),
        .clock(idx$clock)
    );
    top$app$core$ctl$first first(
        .d(first$d),
        .q(first$q),
        .clock(first$clock)
    );
    top$app$core$ctl$pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    top$app$core$ctl$cyc cyc(
        .d(cyc$d),
        .q(cyc$q),
        .clock(cyc$clock)
    );
    top$app$core$ctl$last_cycles last_cycles(
        .d(last_cycles$d),
        .q(last_cycles$q),
        .clock(last_cycles$clock)
    );
    top$app$core$ctl$nsteps nsteps(
        .d(nsteps$d),
        .q(nsteps$q),
        .clock(nsteps$clock)
    );
    top$app$core$ctl$lif_done_1 lif_done_1(
        .d(lif_done_1$d),
        .q(lif_done_1$q),
        .clock(lif_done_1$clock)
    );
    top$app$core$ctl$lif_done_2 lif_done_2(
        .d(lif_done_2$d),
        .q(lif_done_2$q),
        .clock(lif_done_2$clock)
    );
    top$app$core$ctl$lif_fin lif_fin(
        .d(lif_fin$d),
        .q(lif_fin$q),
        .clock(lif_fin$clock)
    );
    top$app$core$ctl$stdp_go stdp_go(
        .d(stdp_go$d),
        .q(stdp_go$q),
        .clock(stdp_go$clock)
    );
    top$app$core$ctl$acc_over acc_over(
        .d(acc_over$d),
        .q(acc_over$q),
        .clock(acc_over$clock)
    );
    top$app$core$ctl$clr clr(
        .d(clr$d),
        .q(clr$q),
        .clock(clr$clock)
    );
    top$app$core$ctl$run run(
        .d(run$d),
        .q(run$q),
        .clock(run$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        idx$clock = clock;
        first$clock = clock;
        pending$clock = clock;
        cyc$clock = clock;
        last_cycles$clock = clock;
        nsteps$clock = clock;
        lif_done_1$clock = clock;
        lif_done_2$clock = clock;
        lif_fin$clock = clock;
        stdp_go$clock = clock;
        acc_over$clock = clock;
        clr$clock = clock;
        run$clock = clock;
        state$d = state$q;
        idx$d = idx$q;
        first$d = first$q;
        pending$d = pending$q;
        cyc$d = cyc$q;
        last_cycles$d = last_cycles$q;
        nsteps$d = nsteps$q;
        lif_done_1$d = lif_done_1$q;
        lif_done_2$d = lif_done_2$q;
        lif_fin$d = lif_fin$q;
        stdp_go$d = stdp_go$q;
        acc_over$d = acc_over$q;
        clr$d = clr$q;
        run$d = run$q;
        acc_over$d = ev_done & syn_idle_next;
        lif_done_1$d = lif_done;
        lif_done_2$d = lif_done_1$q;
        step_begin = 1'b0;
        lif_start = 1'b0;
        lif_fin$d = (state$q == 32'h2) & lif_done_1$q & ~stdp_enable;
        done = lif_fin$q | stdp_done;
        stdp_go$d = (state$q == 32'h2) & lif_done_1$q & stdp_enable;
        stdp_start = stdp_go$q;
        clear_idx = idx$q;
        phase = state$q;
        steps = nsteps$q;
        cycles = last_cycles$q;
        busy = run$q | pending$q;
        if (core_reset) begin
            pending$d = 1'b1;
        end
        if (~run$q) begin
            cyc$d = 32'h1;
            if (pending$q) begin
                pending$d = 1'b0;
                run$d = 1'b1;
                state$d = 32'h3;
                clr$d = 1'b1;
                idx$d = 32'h0;
                first$d = 1'b1;
            end
            else if (step_start & ~core_reset) begin
                step_begin = 1'b1;
                run$d = 1'b1;
                state$d = 32'h1;
            end
        end
        if (state$q == 32'h1) begin
            cyc$d = cyc$q + 32'h1;
            if (acc_over$q) begin
                lif_start = 1'b1;
                state$d = 32'h2;
            end
        end
        if (state$q == 32'h2) begin
            cyc$d = cyc$q + 32'h1;
            if (lif_done_2$q) begin
                if (stdp_enable) begin
                    state$d = 32'h4;
                end
                else begin
                    state$d = 32'h0;
                    run$d = 1'b0;
                    last_cycles$d = cyc$q;
                    nsteps$d = nsteps$q + 32'h1;
                end
            end
        end
        if (state$q == 32'h4) begin
            cyc$d = cyc$q + 32'h1;
            if (stdp_done) begin
                state$d = 32'h0;
                run$d = 1'b0;
                last_cycles$d = cyc$q;
                nsteps$d = nsteps$q + 32'h1;
            end
        end
        clear = clr$q;
        clear_all = first$q;
        if (state$q == 32'h3) begin
            first$d = 1'b0;
            idx$d = (idx$q + 32'h1) & idx_mask;
            if (idx$q == clear_last) begin
                state$d = 32'h0;
                run$d = 1'b0;
                clr$d = 1'b0;
            end
            if (first$q) begin
                nsteps$d = 32'h0;
                last_cycles$d = 32'h0;
            end
        end
    end
    
endmodule // top$app$core$ctl


module top$app$core$ctl$acc_over(d,q,clock);
    
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
          
endmodule // top$app$core$ctl$acc_over


module top$app$core$ctl$clr(d,q,clock);
    
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
          
endmodule // top$app$core$ctl$clr


module top$app$core$ctl$cyc(d,q,clock);
    
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
          
endmodule // top$app$core$ctl$cyc


module top$app$core$ctl$first(d,q,clock);
    
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
          
endmodule // top$app$core$ctl$first


module top$app$core$ctl$idx(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$ctl$idx


module top$app$core$ctl$last_cycles(d,q,clock);
    
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
          
endmodule // top$app$core$ctl$last_cycles


module top$app$core$ctl$lif_done_1(d,q,clock);
    
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
          
endmodule // top$app$core$ctl$lif_done_1


module top$app$core$ctl$lif_done_2(d,q,clock);
    
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
          
endmodule // top$app$core$ctl$lif_done_2


module top$app$core$ctl$lif_fin(d,q,clock);
    
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
          
endmodule // top$app$core$ctl$lif_fin


module top$app$core$ctl$nsteps(d,q,clock);
    
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
          
endmodule // top$app$core$ctl$nsteps


module top$app$core$ctl$pending(d,q,clock);
    
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
          
endmodule // top$app$core$ctl$pending


module top$app$core$ctl$run(d,q,clock);
    
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
          
endmodule // top$app$core$ctl$run


module top$app$core$ctl$state(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$ctl$state


module top$app$core$ctl$stdp_go(d,q,clock);
    
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
          
endmodule // top$app$core$ctl$stdp_go


module top$app$core$lif(clock,start,busy,done,acc_read,acc_n,acc_data,spike_valid,spike_n,clear,clear_n,mem_n,mem_field,mem_wdata,mem_write,mem_rdata);
    
    // Module arguments
    input wire  clock;
    input wire  start;
    output reg  busy;
    output reg  done;
    output reg  acc_read;
    output reg  [11:0] acc_n;
    input wire  [25:0] acc_data;
    output reg  spike_valid;
    output reg  [11:0] spike_n;
    input wire  clear;
    input wire  [11:0] clear_n;
    input wire  [11:0] mem_n;
    input wire  [2:0] mem_field;
    input wire  [15:0] mem_wdata;
    input wire  mem_write;
    output reg  [15:0] mem_rdata;
    
    // Constant declarations
    localparam  last_n = 12'hff;
    localparam  n_mask = 12'hff;
    
    // Stub signals
    reg  i_ram$clock;
    reg  [11:0] i_ram$read_address;
    reg  i_ram$read_enable;
    wire  [15:0] i_ram$read_data;
    reg  [11:0] i_ram$write_address;
    reg  [15:0] i_ram$write_data;
    reg  i_ram$write_enable;
    reg  v_ram$clock;
    reg  [11:0] v_ram$read_address;
    reg  v_ram$read_enable;
    wire  [15:0] v_ram$read_data;
    reg  [11:0] v_ram$write_address;
    reg  [15:0] v_ram$write_data;
    reg  v_ram$write_enable;
    reg  ref_ram$clock;
    reg  [11:0] ref_ram$read_address;
    reg  ref_ram$read_enable;
    wire  [3:0] ref_ram$read_data;
    reg  [11:0] ref_ram$write_address;
    reg  [3:0] ref_ram$write_data;
    reg  ref_ram$write_enable;
    reg  bias_ram$clock;
    reg  [11:0] bias_ram$read_address;
    reg  bias_ram$read_enable;
    wire  [15:0] bias_ram$read_data;
    reg  [11:0] bias_ram$write_address;
    reg  [15:0] bias_ram$write_data;
    reg  bias_ram$write_enable;
    reg  thr_ram$clock;
    reg  [11:0] thr_ram$read_address;
    reg  thr_ram$read_enable;
    wire  [15:0] thr_ram$read_data;
    reg  [11:0] thr_ram$write_address;
    reg  [15:0] thr_ram$write_data;
    reg  thr_ram$write_enable;
    reg  ctl_ram$clock;
    reg  [11:0] ctl_ram$read_address;
    reg  ctl_ram$read_enable;
    wire  [12:0] ctl_ram$read_data;
    reg  [11:0] ctl_ram$write_address;
    reg  [12:0] ctl_ram$write_data;
    reg  ctl_ram$write_enable;
    reg  active$d;
    wire  active$q;
    reg  active$clock;
    reg  [11:0] cnt$d;
    wire  [11:0] cnt$q;
    reg  cnt$clock;
    reg  [2:0] rd_field$d;
    wire  [2:0] rd_field$q;
    reg  rd_field$clock;
    reg  [5:0] rd_sel$d;
    wire  [5:0] rd_sel$q;
    reg  rd_sel$clock;
    reg  p1_valid$d;
    wire  p1_valid$q;
    reg  p1_valid$clock;
    reg  [11:0] p1_n$d;
    wire  [11:0] p1_n$q;
    reg  p1_n$clock;
    reg  p2_valid$d;
    wire  p2_valid$q;
    reg  p2_valid$clock;
    reg  [11:0] p2_n$d;
    wire  [11:0] p2_n$q;
    reg  p2_n$clock;
    reg  [15:0] p2_i$d;
    wire  [15:0] p2_i$q;
    reg  p2_i$clock;
    reg  [15:0] p2_v$d;
    wire  [15:0] p2_v$q;
    reg  p2_v$clock;
    reg  [3:0] p2_refc$d;
    wire  [3:0] p2_refc$q;
    reg  p2_refc$clock;
    reg  [12:0] p2_ctl$d;
    wire  [12:0] p2_ctl$q;
    reg  p2_ctl$clock;
    reg  p3_valid$d;
    wire  p3_valid$q;
    reg  p3_valid$clock;
    reg  [11:0] p3_n$d;
    wire  [11:0] p3_n$q;
    reg  p3_n$clock;
    reg  [15:0] p3_i$d;
    wire  [15:0] p3_i$q;
    reg  p3_i$clock;
    reg  [15:0] p3_ish$d;
    wire  [15:0] p3_ish$q;
    reg  p3_ish$clock;
    reg  [15:0] p3_v$d;
    wire  [15:0] p3_v$q;
    reg  p3_v$clock;
    reg  [15:0] p3_vsh$d;
    wire  [15:0] p3_vsh$q;
    reg  p3_vsh$clock;
    reg  [3:0] p3_refc$d;
    wire  [3:0] p3_refc$q;
    reg  p3_refc$clock;
    reg  [4:0] p3_ctl$d;
    wire  [4:0] p3_ctl$q;
    reg  p3_ctl$clock;
    reg  p4_valid$d;
    wire  p4_valid$q;
    reg  p4_valid$clock;
    reg  [11:0] p4_n$d;
    wire  [11:0] p4_n$q;
    reg  p4_n$clock;
    reg  [15:0] p4_id$d;
    wire  [15:0] p4_id$q;
    reg  p4_id$clock;
    reg  [15:0] p4_vd$d;
    wire  [15:0] p4_vd$q;
    reg  p4_vd$clock;
    reg  [3:0] p4_refc$d;
    wire  [3:0] p4_refc$q;
    reg  p4_refc$clock;
    reg  [4:0] p4_ctl$d;
    wire  [4:0] p4_ctl$q;
    reg  p4_ctl$clock;
    reg  [15:0] p4_bias$d;
    wire  [15:0] p4_bias$q;
    reg  p4_bias$clock;
    reg  p5_valid$d;
    wire  p5_valid$q;
    reg  p5_valid$clock;
    reg  [11:0] p5_n$d;
    wire  [11:0] p5_n$q;
    reg  p5_n$clock;
    reg  [26:0] p5_isum$d;
    wire  [26:0] p5_isum$q;
    reg  p5_isum$clock;
    reg  [17:0] p5_vb$d;
    wire  [17:0] p5_vb$q;
    reg  p5_vb$clock;
    reg  [3:0] p5_refc$d;
    wire  [3:0] p5_refc$q;
    reg  p5_refc$clock;
    reg  [4:0] p5_ctl$d;
    wire  [4:0] p5_ctl$q;
    reg  p5_ctl$clock;
    reg  p6_valid$d;
    wire  p6_valid$q;
    reg  p6_valid$clock;
    reg  [11:0] p6_n$d;
    wire  [11:0] p6_n$q;
    reg  p6_n$clock;
    reg  [15:0] p6_inew$d;
    wire  [15:0] p6_inew$q;
    reg  p6_inew$clock;
    reg  [17:0] p6_vb$d;
    wire  [17:0] p6_vb$q;
    reg  p6_vb$clock;
    reg  [3:0] p6_refc$d;
    wire  [3:0] p6_refc$q;
    reg  p6_refc$clock;
    reg  [4:0] p6_ctl$d;
    wire  [4:0] p6_ctl$q;
    reg  p6_ctl$clock;
    reg  p7_valid$d;
    wire  p7_valid$q;
    reg  p7_valid$clock;
    reg  [11:0] p7_n$d;
    wire  [11:0] p7_n$q;
    reg  p7_n$clock;
    reg  [17:0] p7_vsum$d;
    wire  [17:0] p7_vsum$q;
    reg  p7_vsum$clock;
    reg  [3:0] p7_refc$d;
    wire  [3:0] p7_refc$q;
    reg  p7_refc$clock;
    reg  [4:0] p7_ctl$d;
    wire  [4:0] p7_ctl$q;
    reg  p7_ctl$clock;
    reg  p8_valid$d;
    wire  p8_valid$q;
    reg  p8_valid$clock;
    reg  [11:0] p8_n$d;
    wire  [11:0] p8_n$q;
    reg  p8_n$clock;
    reg  [15:0] p8_vnew$d;
    wire  [15:0] p8_vnew$q;
    reg  p8_vnew$clock;
    reg  [3:0] p8_refc$d;
    wire  [3:0] p8_refc$q;
    reg  p8_refc$clock;
    reg  [4:0] p8_ctl$d;
    wire  [4:0] p8_ctl$q;
    reg  p8_ctl$clock;
    reg  [15:0] p8_thr$d;
    wire  [15:0] p8_thr$q;
    reg  p8_thr$clock;
    reg  p9_valid$d;
    wire  p9_valid$q;
    reg  p9_valid$clock;
    reg  [11:0] p9_n$d;
    wire  [11:0] p9_n$q;
    reg  p9_n$clock;
    reg  [15:0] p9_vnew$d;
    wire  [15:0] p9_vnew$q;
    reg  p9_vnew$clock;
    reg  [15:0] p9_vsub$d;
    wire  [15:0] p9_vsub$q;
    reg  p9_vsub$clock;
    reg  p9_ge$d;
    wire  p9_ge$q;
    reg  p9_ge$clock;
    reg  [3:0] p9_refc$d;
    wire  [3:0] p9_refc$q;
    reg  p9_refc$clock;
    reg  p9_fire$d;
    wire  p9_fire$q;
    reg  p9_fire$clock;
    reg  [4:0] p9_ctl$d;
    wire  [4:0] p9_ctl$q;
    reg  p9_ctl$clock;
    
    // Local signals
    reg  [26:0] id_x;
    reg  [26:0] acc_x;
    reg  [17:0] vd_x;
    reg  [17:0] bias_x;
    reg  [17:0] inew_x;
    reg  [15:0] rd_i;
    reg  [15:0] rd_v;
    reg  [15:0] rd_ref;
    reg  [15:0] rd_ctl;
    reg  [15:0] rd_bias;
    reg  [15:0] rd_thr;
    
    // Sub module instances
    top$app$core$lif$i_ram i_ram(
        .clock(i_ram$clock),
        .read_address(i_ram$read_address),
        .read_enable(i_ram$read_enable),
        .read_data(i_ram$read_data),
        .write_address(i_ram$write_address),
        .write_data(i_ram$write_data),
        .write_enable(i_ram$write_enable)
    );
    top$app$core$lif$v_ram v_ram(
        .clock(v_ram$clock),
        .read_address(v_ram$read_address),
        .read_enable(v_ram$read_enable),
        .read_data(v_ram$read_data),
        .write_address(v_ram$write_address),
        .write_data(v_ram$write_data),
        .write_enable(v_ram$write_enable)
    );
    top$app$core$lif$ref_ram ref_ram(
        .clock(ref_ram$clock),
        .read_address(ref_ram$read_address),
        .read_enable(ref_ram$read_enable),
        .read_data(ref_ram$read_data),
        .write_address(ref_ram$write_address),
        .write_data(ref_ram$write_data),
        .write_enable(ref_ram$write_enable)
    );
    top$app$core$lif$bias_ram bias_ram(
        .clock(bias_ram$clock),
        .read_address(bias_ram$read_address),
        .read_enable(bias_ram$read_enable),
        .read_data(bias_ram$read_data),
        .write_address(bias_ram$write_address),
        .write_data(bias_ram$write_data),
        .write_enable(bias_ram$write_enable)
    );
    top$app$core$lif$thr_ram thr_ram(
        .clock(thr_ram$clock),
        .read_address(thr_ram$read_address),
        .read_enable(thr_ram$read_enable),
        .read_data(thr_ram$read_data),
        .write_address(thr_ram$write_address),
        .write_data(thr_ram$write_data),
        .write_enable(thr_ram$write_enable)
    );
    top$app$core$lif$ctl_ram ctl_ram(
        .clock(ctl_ram$clock),
        .read_address(ctl_ram$read_address),
        .read_enable(ctl_ram$read_enable),
        .read_data(ctl_ram$read_data),
        .write_address(ctl_ram$write_address),
        .write_data(ctl_ram$write_data),
        .write_enable(ctl_ram$write_enable)
    );
    top$app$core$lif$active active(
        .d(active$d),
        .q(active$q),
        .clock(active$clock)
    );
    top$app$core$lif$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    top$app$core$lif$rd_field rd_field(
        .d(rd_field$d),
        .q(rd_field$q),
        .clock(rd_field$clock)
    );
    top$app$core$lif$rd_sel rd_sel(
        .d(rd_sel$d),
        .q(rd_sel$q),
        .clock(rd_sel$clock)
    );
    top$app$core$lif$p1_valid p1_valid(
        .d(p1_valid$d),
        .q(p1_valid$q),
        .clock(p1_valid$clock)
    );
    top$app$core$lif$p1_n p1_n(
        .d(p1_n$d),
        .q(p1_n$q),
        .clock(p1_n$clock)
    );
    top$app$core$lif$p2_valid p2_valid(
        .d(p2_valid$d),
        .q(p2_valid$q),
        .clock(p2_valid$clock)
    );
    top$app$core$lif$p2_n p2_n(
        .d(p2_n$d),
        .q(p2_n$q),
        .clock(p2_n$clock)
    );
    top$app$core$lif$p2_i p2_i(
        .d(p2_i$d),
        .q(p2_i$q),
        .clock(p2_i$clock)
    );
    top$app$core$lif$p2_v p2_v(
        .d(p2_v$d),
        .q(p2_v$q),
        .clock(p2_v$clock)
    );
    top$app$core$lif$p2_refc p2_refc(
        .d(p2_refc$d),
        .q(p2_refc$q),
        .clock(p2_refc$clock)
    );
    top$app$core$lif$p2_ctl p2_ctl(
        .d(p2_ctl$d),
        .q(p2_ctl$q),
        .clock(p2_ctl$clock)
    );
    top$app$core$lif$p3_valid p3_valid(
        .d(p3_valid$d),
        .q(p3_valid$q),
        .clock(p3_valid$clock)
    );
    top$app$core$lif$p3_n p3_n(
        .d(p3_n$d),
        .q(p3_n$q),
        .clock(p3_n$clock)
    );
    top$app$core$lif$p3_i p3_i(
        .d(p3_i$d),
        .q(p3_i$q),
        .clock(p3_i$clock)
    );
    top$app$core$lif$p3_ish p3_ish(
        .d(p3_ish$d),
        .q(p3_ish$q),
        .clock(p3_ish$clock)
    );
    top$app$core$lif$p3_v p3_v(
        .d(p3_v$d),
        .q(p3_v$q),
        .clock(p3_v$clock)
    );
    top$app$core$lif$p3_vsh p3_vsh(
        .d(p3_vsh$d),
        .q(p3_vsh$q),
        .clock(p3_vsh$clock)
    );
    top$app$core$lif$p3_refc p3_refc(
        .d(p3_refc$d),
        .q(p3_refc$q),
        .clock(p3_refc$clock)
    );
    top$app$core$lif$p3_ctl p3_ctl(
        .d(p3_ctl$d),
        .q(p3_ctl$q),
        .clock(p3_ctl$clock)
    );
    top$app$core$lif$p4_valid p4_valid(
        .d(p4_valid$d),
        .q(p4_valid$q),
        .clock(p4_valid$clock)
    );
    top$app$core$lif$p4_n p4_n(
        .d(p4_n$d),
        .q(p4_n$q),
        .clock(p4_n$clock)
    );
    top$app$core$lif$p4_id p4_id(
        .d(p4_id$d),
        .q(p4_id$q),
        .clock(p4_id$clock)
    );
    top$app$core$lif$p4_vd p4_vd(
        .d(p4_vd$d),
        .q(p4_vd$q),
        .clock(p4_vd$clock)
    );
    top$app$core$lif$p4_refc p4_refc(
        .d(p4_refc$d),
        .q(p4_refc$q),
        .clock(p4_refc$clock)
    );
    top$app$core$lif$p4_ctl p4_ctl(
        .d(p4_ctl$d),
        .q(p4_ctl$q),
        .clock(p4_ctl$clock)
    );
    top$app$core$lif$p4_bias p4_bias(
        .d(p4_bias$d),
        .q(p4_bias$q),
        .clock(p4_bias$clock)
    );
    top$app$core$lif$p5_valid p5_valid(
        .d(p5_valid$d),
        .q(p5_valid$q),
        .clock(p5_valid$clock)
    );
    top$app$core$lif$p5_n p5_n(
        .d(p5_n$d),
        .q(p5_n$q),
        .clock(p5_n$clock)
    );
    top$app$core$lif$p5_isum p5_isum(
        .d(p5_isum$d),
        .q(p5_isum$q),
        .clock(p5_isum$clock)
    );
    top$app$core$lif$p5_vb p5_vb(
        .d(p5_vb$d),
        .q(p5_vb$q),
        .clock(p5_vb$clock)
    );
    top$app$core$lif$p5_refc p5_refc(
        .d(p5_refc$d),
        .q(p5_refc$q),
        .clock(p5_refc$clock)
    );
    top$app$core$lif$p5_ctl p5_ctl(
        .d(p5_ctl$d),
        .q(p5_ctl$q),
        .clock(p5_ctl$clock)
    );
    top$app$core$lif$p6_valid p6_valid(
        .d(p6_valid$d),
        .q(p6_valid$q),
        .clock(p6_valid$clock)
    );
    top$app$core$lif$p6_n p6_n(
        .d(p6_n$d),
        .q(p6_n$q),
        .clock(p6_n$clock)
    );
    top$app$core$lif$p6_inew p6_inew(
        .d(p6_inew$d),
        .q(p6_inew$q),
        .clock(p6_inew$clock)
    );
    top$app$core$lif$p6_vb p6_vb(
        .d(p6_vb$d),
        .q(p6_vb$q),
        .clock(p6_vb$clock)
    );
    top$app$core$lif$p6_refc p6_refc(
        .d(p6_refc$d),
        .q(p6_refc$q),
        .clock(p6_refc$clock)
    );
    top$app$core$lif$p6_ctl p6_ctl(
        .d(p6_ctl$d),
        .q(p6_ctl$q),
        .clock(p6_ctl$clock)
    );
    top$app$core$lif$p7_valid p7_valid(
        .d(p7_valid$d),
        .q(p7_valid$q),
        .clock(p7_valid$clock)
    );
    top$app$core$lif$p7_n p7_n(
        .d(p7_n$d),
        .q(p7_n$q),
        .clock(p7_n$clock)
    );
    top$app$core$lif$p7_vsum p7_vsum(
        .d(p7_vsum$d),
        .q(p7_vsum$q),
        .clock(p7_vsum$clock)
    );
    top$app$core$lif$p7_refc p7_refc(
        .d(p7_refc$d),
        .q(p7_refc$q),
        .clock(p7_refc$clock)
    );
    top$app$core$lif$p7_ctl p7_ctl(
        .d(p7_ctl$d),
        .q(p7_ctl$q),
        .clock(p7_ctl$clock)
    );
    top$app$core$lif$p8_valid p8_valid(
        .d(p8_valid$d),
        .q(p8_valid$q),
        .clock(p8_valid$clock)
    );
    top$app$core$lif$p8_n p8_n(
        .d(p8_n$d),
        .q(p8_n$q),
        .clock(p8_n$clock)
    );
    top$app$core$lif$p8_vnew p8_vnew(
        .d(p8_vnew$d),
        .q(p8_vnew$q),
        .clock(p8_vnew$clock)
    );
    top$app$core$lif$p8_refc p8_refc(
        .d(p8_refc$d),
        .q(p8_refc$q),
        .clock(p8_refc$clock)
    );
    top$app$core$lif$p8_ctl p8_ctl(
        .d(p8_ctl$d),
        .q(p8_ctl$q),
        .clock(p8_ctl$clock)
    );
    top$app$core$lif$p8_thr p8_thr(
        .d(p8_thr$d),
        .q(p8_thr$q),
        .clock(p8_thr$clock)
    );
    top$app$core$lif$p9_valid p9_valid(
        .d(p9_valid$d),
        .q(p9_valid$q),
        .clock(p9_valid$clock)
    );
    top$app$core$lif$p9_n p9_n(
        .d(p9_n$d),
        .q(p9_n$q),
        .clock(p9_n$clock)
    );
    top$app$core$lif$p9_vnew p9_vnew(
        .d(p9_vnew$d),
        .q(p9_vnew$q),
        .clock(p9_vnew$clock)
    );
    top$app$core$lif$p9_vsub p9_vsub(
        .d(p9_vsub$d),
        .q(p9_vsub$q),
        .clock(p9_vsub$clock)
    );
    top$app$core$lif$p9_ge p9_ge(
        .d(p9_ge$d),
        .q(p9_ge$q),
        .clock(p9_ge$clock)
    );
    top$app$core$lif$p9_refc p9_refc(
        .d(p9_refc$d),
        .q(p9_refc$q),
        .clock(p9_refc$clock)
    );
    top$app$core$lif$p9_fire p9_fire(
        .d(p9_fire$d),
        .q(p9_fire$q),
        .clock(p9_fire$clock)
    );
    top$app$core$lif$p9_ctl p9_ctl(
        .d(p9_ctl$d),
        .q(p9_ctl$q),
        .clock(p9_ctl$clock)
    );
    
    // Update code
    always @(*) begin
        active$clock = clock;
        cnt$clock = clock;
        rd_field$clock = clock;
        rd_sel$clock = clock;
        p1_valid$clock = clock;
        p1_n$clock = clock;
        p2_valid$clock = clock;
        p2_n$clock = clock;
        p2_i$clock = clock;
        p2_v$clock = clock;
        p2_refc$clock = clock;
        p2_ctl$clock = clock;
        p3_valid$clock = clock;
        p3_n$clock = clock;
        p3_i$clock = clock;
        p3_ish$clock = clock;
        p3_v$clock = clock;
        p3_vsh$clock = clock;
        p3_refc$clock = clock;
        p3_ctl$clock = clock;
        p4_valid$clock = clock;
        p4_n$clock = clock;
        p4_id$clock = clock;
        p4_vd$clock = clock;
        p4_refc$clock = clock;
        p4_ctl$clock = clock;
        p4_bias$clock = clock;
        p5_valid$clock = clock;
        p5_n$clock = clock;
        p5_isum$clock = clock;
        p5_vb$clock = clock;
        p5_refc$clock = clock;
        p5_ctl$clock = clock;
        p6_valid$clock = clock;
        p6_n$clock = clock;
        p6_inew$clock = clock;
        p6_vb$clock = clock;
        p6_refc$clock = clock;
        p6_ctl$clock = clock;
        p7_valid$clock = clock;
        p7_n$clock = clock;
        p7_vsum$clock = clock;
        p7_refc$clock = clock;
        p7_ctl$clock = clock;
        p8_valid$clock = clock;
        p8_n$clock = clock;
        p8_vnew$clock = clock;
        p8_refc$clock = clock;
        p8_ctl$clock = clock;
        p8_thr$clock = clock;
        p9_valid$clock = clock;
        p9_n$clock = clock;
        p9_vnew$clock = clock;
        p9_vsub$clock = clock;
        p9_ge$clock = clock;
        p9_refc$clock = clock;
        p9_fire$clock = clock;
        p9_ctl$clock = clock;
        active$d = active$q;
        cnt$d = cnt$q;
        rd_field$d = rd_field$q;
        rd_sel$d = rd_sel$q;
        p1_valid$d = p1_valid$q;
        p1_n$d = p1_n$q;
        p2_valid$d = p2_valid$q;
        p2_n$d = p2_n$q;
        p2_i$d = p2_i$q;
        p2_v$d = p2_v$q;
        p2_refc$d = p2_refc$q;
        p2_ctl$d = p2_ctl$q;
        p3_valid$d = p3_valid$q;
        p3_n$d = p3_n$q;
        p3_i$d = p3_i$q;
        p3_ish$d = p3_ish$q;
        p3_v$d = p3_v$q;
        p3_vsh$d = p3_vsh$q;
        p3_refc$d = p3_refc$q;
        p3_ctl$d = p3_ctl$q;
        p4_valid$d = p4_valid$q;
        p4_n$d = p4_n$q;
        p4_id$d = p4_id$q;
        p4_vd$d = p4_vd$q;
        p4_refc$d = p4_refc$q;
        p4_ctl$d = p4_ctl$q;
        p4_bias$d = p4_bias$q;
        p5_valid$d = p5_valid$q;
        p5_n$d = p5_n$q;
        p5_isum$d = p5_isum$q;
        p5_vb$d = p5_vb$q;
        p5_refc$d = p5_refc$q;
        p5_ctl$d = p5_ctl$q;
        p6_valid$d = p6_valid$q;
        p6_n$d = p6_n$q;
        p6_inew$d = p6_inew$q;
        p6_vb$d = p6_vb$q;
        p6_refc$d = p6_refc$q;
        p6_ctl$d = p6_ctl$q;
        p7_valid$d = p7_valid$q;
        p7_n$d = p7_n$q;
        p7_vsum$d = p7_vsum$q;
        p7_refc$d = p7_refc$q;
        p7_ctl$d = p7_ctl$q;
        p8_valid$d = p8_valid$q;
        p8_n$d = p8_n$q;
        p8_vnew$d = p8_vnew$q;
        p8_refc$d = p8_refc$q;
        p8_ctl$d = p8_ctl$q;
        p8_thr$d = p8_thr$q;
        p9_valid$d = p9_valid$q;
        p9_n$d = p9_n$q;
        p9_vnew$d = p9_vnew$q;
        p9_vsub$d = p9_vsub$q;
        p9_ge$d = p9_ge$q;
        p9_refc$d = p9_refc$q;
        p9_fire$d = p9_fire$q;
        p9_ctl$d = p9_ctl$q;
        i_ram$clock = clock;
        v_ram$clock = clock;
        ref_ram$clock = clock;
        bias_ram$clock = clock;
        thr_ram$clock = clock;
        ctl_ram$clock = clock;
        i_ram$read_enable = 1'b1;
        v_ram$read_enable = 1'b1;
        ref_ram$read_enable = 1'b1;
        bias_ram$read_enable = 1'b1;
        thr_ram$read_enable = 1'b1;
        ctl_ram$read_enable = 1'b1;
        p1_valid$d = active$q;
        p1_n$d = cnt$q;
        if (active$q) begin
            cnt$d = (cnt$q + 32'h1) & n_mask;
            if (cnt$q == last_n) begin
                active$d = 1'b0;
            end
        end
        else if (start & ~p9_valid$q) begin
            active$d = 1'b1;
            cnt$d = 32'h0;
        end
        busy = active$q | p1_valid$q | p2_valid$q | p3_valid$q | p4_valid$q | p5_valid$q | p6_valid$q | p7_valid$q | p8_valid$q | p9_valid$q;
        i_ram$read_address = mem_n;
        v_ram$read_address = mem_n;
        ref_ram$read_address = mem_n;
        ctl_ram$read_address = mem_n;
        bias_ram$read_address = mem_n;
        thr_ram$read_address = mem_n;
        if (active$q) begin
            i_ram$read_address = cnt$q;
            v_ram$read_address = cnt$q;
            ref_ram$read_address = cnt$q;
            ctl_ram$read_address = cnt$q;
        end
        if (p2_valid$q) begin
            bias_ram$read_address = p2_n$q;
        end
        if (p6_valid$q) begin
            thr_ram$read_address = p6_n$q;
        end
        p2_valid$d = p1_valid$q;
        p2_n$d = p1_n$q;
        p2_i$d = i_ram$read_data;
        p2_v$d = v_ram$read_data;
        p2_refc$d = ref_ram$read_data;
        p2_ctl$d = ctl_ram$read_data;
        p3_valid$d = p2_valid$q;
        p3_n$d = p2_n$q;
        p3_i$d = p2_i$q;
        p3_v$d = p2_v$q;
        p3_refc$d = p2_refc$q;
        p3_ctl$d = p2_ctl$q[(32'h8)+:(5)];
        if (p2_i$q[32'hf]) begin
            p3_ish$d = ~((~p2_i$q) >> p2_ctl$q[(32'h0)+:(4)]);
        end
        else begin
            p3_ish$d = p2_i$q >> p2_ctl$q[(32'h0)+:(4)];
        end
        if (p2_v$q[32'hf]) begin
            p3_vsh$d = ~((~p2_v$q) >> p2_ctl$q[(32'h4)+:(4)]);
        end
        else begin
            p3_vsh$d = p2_v$q >> p2_ctl$q[(32'h4)+:(4)];
        end
        acc_read = p2_valid$q;
        acc_n = p2_n$q;
        p4_bias$d = bias_ram$read_data;
        p4_valid$d = p3_valid$q;
        p4_n$d = p3_n$q;
        p4_id$d = p3_i$q - p3_ish$q;
        p4_vd$d = p3_v$q - p3_vsh$q;
        p4_refc$d = p3_refc$q;
        p4_ctl$d = p3_ctl$q;
        id_x = ((p4_id$q) & 27'h7ffffff);
        if (p4_id$q[32'hf]) begin
            id_x = ((p4_id$q) & 27'h7ffffff) | ((32'h7ff0000) & 27'h7ffffff);
        end
        acc_x = ((acc_data) & 27'h7ffffff);
        if (acc_data[32'h19]) begin
            acc_x = ((acc_data) & 27'h7ffffff) | ((32'h4000000) & 27'h7ffffff);
        end
        vd_x = ((p4_vd$q) & 18'h3ffff);
        if (p4_vd$q[32'hf]) begin
            vd_x = ((p4_vd$q) & 18'h3ffff) | ((32'h30000) & 18'h3ffff);
        end
        bias_x = ((p4_bias$q) & 18'h3ffff);
        if (p4_bias$q[32'hf]) begin
            bias_x = ((p4_bias$q) & 18'h3ffff) | ((32'h30000) & 18'h3ffff);
        end
        p5_valid$d = p4_valid$q;
        p5_n$d = p4_n$q;
        p5_isum$d = id_x + acc_x;
        p5_vb$d = vd_x + bias_x;
        p5_refc$d = p4_refc$q;
        p5_ctl$d = p4_ctl$q;
        p6_valid$d = p5_valid$q;
        p6_n$d = p5_n$q;
        p6_vb$d = p5_vb$q;
        p6_refc$d = p5_refc$q;
        p6_ctl$d = p5_ctl$q;
        p6_inew$d = p5_isum$q[(32'h0)+:(16)];
        if (p5_isum$q[32'h1a]) begin
            if (p5_isum$q[(32'hf)+:(12)] != 32'hfff) begin
                p6_inew$d = 32'h8000;
            end
        end
        else if (p5_isum$q[(32'hf)+:(12)] != 32'h0) begin
            p6_inew$d = 32'h7fff;
        end
        inew_x = ((p6_inew$q) & 18'h3ffff);
        if (p6_inew$q[32'hf]) begin
            inew_x = ((p6_inew$q) & 18'h3ffff) | ((32'h30000) & 18'h3ffff);
        end
        p7_valid$d = p6_valid$q;
        p7_n$d = p6_n$q;
        p7_vsum$d = p6_vb$q + inew_x;
        p7_refc$d = p6_refc$q;
        p7_ctl$d = p6_ctl$q;
        p8_thr$d = thr_ram$read_data;
        p8_valid$d = p7_valid$q;
        p8_n$d = p7_n$q;
        p8_refc$d = p7_refc$q;
        p8_ctl$d = p7_ctl$q;
        p8_vnew$d = p7_vsum$q[(32'h0)+:(16)];
        if (p7_vsum$q[32'h11]) begin
            if (p7_vsum$q[(32'hf)+:(3)] != 32'h7) begin
                p8_vnew$d = 32'h8000;
            end
        end
        else if (p7_vsum$q[(32'hf)+:(3)] != 32'h0) begin
            p8_vnew$d = 32'h7fff;
        end
        p9_valid$d = p8_valid$q;
        p9_n$d = p8_n$q;
        p9_vnew$d = p8_vnew$q;
        p9_refc$d = p8_refc$q;
        p9_ctl$d = p8_ctl$q;
        p9_vsub$d = p8_vnew$q - p8_thr$q;
        p9_ge$d = (p8_vnew$q ^ 32'h8000) >= (p8_thr$q ^ 32'h8000);
        p9_fire$d = p8_valid$q & (p8_refc$q == 32'h0) & ((p8_vnew$q ^ 32'h8000) >= (p8_thr$q ^ 32'h8000));
        spike_valid = p9_fire$q;
        spike_n = p9_n$q;
        done = p9_valid$q & (p9_n$q == last_n);
        i_ram$write_address = mem_n;
        v_ram$write_address = mem_n;
        ref_ram$write_address = mem_n;
        bias_ram$write_address = mem_n;
        thr_ram$write_address = mem_n;
        ctl_ram$write_address = mem_n;
        i_ram$write_data = mem_wdata;
        v_ram$write_data = mem_wdata;
        ref_ram$write_data = mem_wdata[(32'h0)+:(4)];
        bias_ram$write_data = mem_wdata;
        thr_ram$write_data = mem_wdata;
        ctl_ram$write_data = mem_wdata[(32'h0)+:(13)];
        i_ram$write_enable = mem_write & (mem_field == 32'h4);
        v_ram$write_enable = mem_write & (mem_field == 32'h5);
        ref_ram$write_enable = mem_write & (mem_field == 32'h6);
        bias_ram$write_enable = mem_write & (mem_field == 32'h0);
        thr_ram$write_enable = mem_write & (mem_field == 32'h1);
        ctl_ram$write_enable = mem_write & (mem_field == 32'h2);
        if (clear) begin
            i_ram$write_address = clear_n;
            v_ram$write_address = clear_n;
            ref_ram$write_address = clear_n;
            i_ram$write_data = 32'h0;
            v_ram$write_data = 32'h0;
            ref_ram$write_data = 32'h0;
            i_ram$write_enable = 1'b1;
            v_ram$write_enable = 1'b1;
            ref_ram$write_enable = 1'b1;
        end
        if (p9_valid$q) begin
            v_ram$write_address = p9_n$q;
            ref_ram$write_address = p9_n$q;
            ref_ram$write_enable = 1'b1;
            v_ram$write_enable = p9_refc$q == 32'h0;
            if (p9_refc$q != 32'h0) begin
                ref_ram$write_data = p9_refc$q - 32'h1;
            end
            else if (p9_ge$q) begin
                ref_ram$write_data = p9_ctl$q[(32'h0)+:(4)];
            end
            else begin
                ref_ram$write_data = 32'h0;
            end
            if (p9_ge$q) begin
                if (p9_ctl$q[32'h4]) begin
                    v_ram$write_data = p9_vsub$q;
                end
                else begin
                    v_ram$write_data = 32'h0;
                end
            end
            else begin
                v_ram$write_data = p9_vnew$q;
            end
        end
        if (p6_valid$q) begin
            i_ram$write_address = p6_n$q;
            i_ram$write_data = p6_inew$q;
            i_ram$write_enable = 1'b1;
        end
        rd_field$d = mem_field;
        rd_sel$d = 32'h0;
        if (rd_field$q == 32'h4) begin
            rd_sel$d = 32'h1;
        end
        if (rd_field$q == 32'h5) begin
            rd_sel$d = 32'h2;
        end
        if (rd_field$q == 32'h6) begin
            rd_sel$d = 32'h4;
        end
        if (rd_field$q == 32'h2) begin
            rd_sel$d = 32'h8;
        end
        if (rd_field$q == 32'h0) begin
            rd_sel$d = 32'h10;
        end
        if (rd_field$q == 32'h1) begin
            rd_sel$d = 32'h20;
        end
        rd_i = 32'h0;
        if (rd_sel$q[32'h0]) begin
            rd_i = p2_i$q;
        end
        rd_v = 32'h0;
        if (rd_sel$q[32'h1]) begin
            rd_v = p2_v$q;
        end
        rd_ref = 32'h0;
        if (rd_sel$q[32'h2]) begin
            rd_ref = ((p2_refc$q) & 16'hffff);
        end
        rd_ctl = 32'h0;
        if (rd_sel$q[32'h3]) begin
            rd_ctl = ((p2_ctl$q) & 16'hffff);
        end
        rd_bias = 32'h0;
        if (rd_sel$q[32'h4]) begin
            rd_bias = p4_bias$q;
        end
        rd_thr = 32'h0;
        if (rd_sel$q[32'h5]) begin
            rd_thr = p8_thr$q;
        end
        mem_rdata = rd_i | rd_v | rd_ref | rd_ctl | rd_bias | rd_thr;
    end
    
endmodule // top$app$core$lif


module top$app$core$lif$active(d,q,clock);
    
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
          
endmodule // top$app$core$lif$active


module top$app$core$lif$bias_ram(clock,read_address,read_enable,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    input wire  read_enable;
    output reg  [15:0] read_data;
    input wire  [11:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [15:0] mem [0:255];
    integer k;
    initial begin
       for (k = 0; k <= 255; k = k + 1) mem[k] = 0;
    end
    
    always @(posedge clock) begin
       if (read_enable) begin
          read_data <= mem[read_address];
       end
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$app$core$lif$bias_ram


module top$app$core$lif$cnt(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$cnt


module top$app$core$lif$ctl_ram(clock,read_address,read_enable,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    input wire  read_enable;
    output reg  [12:0] read_data;
    input wire  [11:0] write_address;
    input wire  [12:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [12:0] mem [0:255];
    integer k;
    initial begin
       for (k = 0; k <= 255; k = k + 1) mem[k] = 0;
    end
    
    always @(posedge clock) begin
       if (read_enable) begin
          read_data <= mem[read_address];
       end
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$app$core$lif$ctl_ram


module top$app$core$lif$i_ram(clock,read_address,read_enable,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    input wire  read_enable;
    output reg  [15:0] read_data;
    input wire  [11:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [15:0] mem [0:255];
    integer k;
    initial begin
       for (k = 0; k <= 255; k = k + 1) mem[k] = 0;
    end
    
    always @(posedge clock) begin
       if (read_enable) begin
          read_data <= mem[read_address];
       end
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$app$core$lif$i_ram


module top$app$core$lif$p1_n(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p1_n


module top$app$core$lif$p1_valid(d,q,clock);
    
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
          
endmodule // top$app$core$lif$p1_valid


module top$app$core$lif$p2_ctl(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p2_ctl


module top$app$core$lif$p2_i(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p2_i


module top$app$core$lif$p2_n(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p2_n


module top$app$core$lif$p2_refc(d,q,clock);
    
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
          
endmodule // top$app$core$lif$p2_refc


module top$app$core$lif$p2_v(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p2_v


module top$app$core$lif$p2_valid(d,q,clock);
    
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
          
endmodule // top$app$core$lif$p2_valid


module top$app$core$lif$p3_ctl(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p3_ctl


module top$app$core$lif$p3_i(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p3_i


module top$app$core$lif$p3_ish(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p3_ish


module top$app$core$lif$p3_n(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p3_n


module top$app$core$lif$p3_refc(d,q,clock);
    
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
          
endmodule // top$app$core$lif$p3_refc


module top$app$core$lif$p3_v(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p3_v


module top$app$core$lif$p3_valid(d,q,clock);
    
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
          
endmodule // top$app$core$lif$p3_valid


module top$app$core$lif$p3_vsh(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p3_vsh


module top$app$core$lif$p4_bias(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p4_bias


module top$app$core$lif$p4_ctl(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p4_ctl


module top$app$core$lif$p4_id(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p4_id


module top$app$core$lif$p4_n(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p4_n


module top$app$core$lif$p4_refc(d,q,clock);
    
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
          
endmodule // top$app$core$lif$p4_refc


module top$app$core$lif$p4_valid(d,q,clock);
    
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
          
endmodule // top$app$core$lif$p4_valid


module top$app$core$lif$p4_vd(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p4_vd


module top$app$core$lif$p5_ctl(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p5_ctl


module top$app$core$lif$p5_isum(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p5_isum


module top$app$core$lif$p5_n(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p5_n


module top$app$core$lif$p5_refc(d,q,clock);
    
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
          
endmodule // top$app$core$lif$p5_refc


module top$app$core$lif$p5_valid(d,q,clock);
    
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
          
endmodule // top$app$core$lif$p5_valid


module top$app$core$lif$p5_vb(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p5_vb


module top$app$core$lif$p6_ctl(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p6_ctl


module top$app$core$lif$p6_inew(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p6_inew


module top$app$core$lif$p6_n(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p6_n


module top$app$core$lif$p6_refc(d,q,clock);
    
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
          
endmodule // top$app$core$lif$p6_refc


module top$app$core$lif$p6_valid(d,q,clock);
    
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
          
endmodule // top$app$core$lif$p6_valid


module top$app$core$lif$p6_vb(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p6_vb


module top$app$core$lif$p7_ctl(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p7_ctl


module top$app$core$lif$p7_n(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p7_n


module top$app$core$lif$p7_refc(d,q,clock);
    
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
          
endmodule // top$app$core$lif$p7_refc


module top$app$core$lif$p7_valid(d,q,clock);
    
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
          
endmodule // top$app$core$lif$p7_valid


module top$app$core$lif$p7_vsum(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p7_vsum


module top$app$core$lif$p8_ctl(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p8_ctl


module top$app$core$lif$p8_n(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p8_n


module top$app$core$lif$p8_refc(d,q,clock);
    
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
          
endmodule // top$app$core$lif$p8_refc


module top$app$core$lif$p8_thr(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p8_thr


module top$app$core$lif$p8_valid(d,q,clock);
    
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
          
endmodule // top$app$core$lif$p8_valid


module top$app$core$lif$p8_vnew(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p8_vnew


module top$app$core$lif$p9_ctl(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p9_ctl


module top$app$core$lif$p9_fire(d,q,clock);
    
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
          
endmodule // top$app$core$lif$p9_fire


module top$app$core$lif$p9_ge(d,q,clock);
    
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
          
endmodule // top$app$core$lif$p9_ge


module top$app$core$lif$p9_n(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p9_n


module top$app$core$lif$p9_refc(d,q,clock);
    
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
          
endmodule // top$app$core$lif$p9_refc


module top$app$core$lif$p9_valid(d,q,clock);
    
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
          
endmodule // top$app$core$lif$p9_valid


module top$app$core$lif$p9_vnew(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p9_vnew


module top$app$core$lif$p9_vsub(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$p9_vsub


module top$app$core$lif$rd_field(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$rd_field


module top$app$core$lif$rd_sel(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif$rd_sel


module top$app$core$lif$ref_ram(clock,read_address,read_enable,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    input wire  read_enable;
    output reg  [3:0] read_data;
    input wire  [11:0] write_address;
    input wire  [3:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [3:0] mem [0:255];
    integer k;
    initial begin
       for (k = 0; k <= 255; k = k + 1) mem[k] = 0;
    end
    
    always @(posedge clock) begin
       if (read_enable) begin
          read_data <= mem[read_address];
       end
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$app$core$lif$ref_ram


module top$app$core$lif$thr_ram(clock,read_address,read_enable,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    input wire  read_enable;
    output reg  [15:0] read_data;
    input wire  [11:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [15:0] mem [0:255];
    integer k;
    initial begin
       for (k = 0; k <= 255; k = k + 1) mem[k] = 0;
    end
    
    always @(posedge clock) begin
       if (read_enable) begin
          read_data <= mem[read_address];
       end
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$app$core$lif$thr_ram


module top$app$core$lif$v_ram(clock,read_address,read_enable,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    input wire  read_enable;
    output reg  [15:0] read_data;
    input wire  [11:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [15:0] mem [0:255];
    integer k;
    initial begin
       for (k = 0; k <= 255; k = k + 1) mem[k] = 0;
    end
    
    always @(posedge clock) begin
       if (read_enable) begin
          read_data <= mem[read_address];
       end
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$app$core$lif$v_ram


module top$app$core$lif_clr(d,q,clock);
    
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
          
endmodule // top$app$core$lif_clr


module top$app$core$lif_clr_n(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$lif_clr_n


module top$app$core$q_addr(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$q_addr


module top$app$core$q_cok(d,q,clock);
    
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
          
endmodule // top$app$core$q_cok


module top$app$core$q_read(d,q,clock);
    
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
          
endmodule // top$app$core$q_read


module top$app$core$q_valid(d,q,clock);
    
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
          
endmodule // top$app$core$q_valid


module top$app$core$q_wdata(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$q_wdata


module top$app$core$q_wok(d,q,clock);
    
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
          
endmodule // top$app$core$q_wok


module top$app$core$q_write(d,q,clock);
    
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
          
endmodule // top$app$core$q_write


module top$app$core$rd_pend1(d,q,clock);
    
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
          
endmodule // top$app$core$rd_pend1


module top$app$core$rd_pend2(d,q,clock);
    
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
          
endmodule // top$app$core$rd_pend2


module top$app$core$rd_pend3(d,q,clock);
    
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
          
endmodule // top$app$core$rd_pend3


module top$app$core$rd_reg(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$rd_reg


module top$app$core$rd_sel_lif(d,q,clock);
    
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
          
endmodule // top$app$core$rd_sel_lif


module top$app$core$rd_sel_reg(d,q,clock);
    
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
          
endmodule // top$app$core$rd_sel_reg


module top$app$core$rd_sel_stdp(d,q,clock);
    
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
          
endmodule // top$app$core$rd_sel_stdp


module top$app$core$rd_sel_syn(d,q,clock);
    
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
          
endmodule // top$app$core$rd_sel_syn


module top$app$core$rdata(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$rdata


module top$app$core$router(clock,clear,in_spike,in_spike_write,step_begin,ev_valid,ev_s,ev_take,ev_done,lif_begin,spike_valid,spike_n,out_spike,out_spike_valid,out_spike_read,in_overflow,out_overflow);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  [15:0] in_spike;
    input wire  in_spike_write;
    input wire  step_begin;
    output reg  ev_valid;
    output reg  [12:0] ev_s;
    input wire  ev_take;
    output reg  ev_done;
    input wire  lif_begin;
    input wire  spike_valid;
    input wire  [11:0] spike_n;
    output reg  [15:0] out_spike;
    output reg  out_spike_valid;
    input wire  out_spike_read;
    output reg  [15:0] in_overflow;
    output reg  [15:0] out_overflow;
    
    // Constant declarations
    localparam  inputs = 16'h100;
    localparam  inputs_pow2 = 1'b1;
    localparam  high_mask = 16'hff00;
    localparam  rem_mask = 16'h1ff;
    localparam  list_mask = 13'b111111111;
    
    // Stub signals
    reg  inq$clock;
    reg  inq$clear;
    reg  inq$push;
    reg  [15:0] inq$push_data;
    reg  inq$drop;
    wire  inq$head_valid;
    wire  [15:0] inq$head;
    reg  inq$pop;
    wire  [15:0] inq$count;
    wire  inq$nonempty;
    wire  [15:0] inq$overflow;
    reg  outq$clock;
    reg  outq$clear;
    reg  outq$push;
    reg  [15:0] outq$push_data;
    reg  outq$drop;
    wire  outq$head_valid;
    wire  [15:0] outq$head;
    reg  outq$pop;
    wire  [15:0] outq$count;
    wire  outq$nonempty;
    wire  [15:0] outq$overflow;
    reg  list$clock;
    reg  [11:0] list$read_address;
    reg  list$read_enable;
    wire  [12:0] list$read_data;
    reg  [11:0] list$write_address;
    reg  [12:0] list$write_data;
    reg  list$write_enable;
    reg  [15:0] in_rem$d;
    wire  [15:0] in_rem$q;
    reg  in_rem$clock;
    reg  [12:0] rec_idx$d;
    wire  [12:0] rec_idx$q;
    reg  rec_idx$clock;
    reg  armed$d;
    wire  armed$q;
    reg  armed$clock;
    reg  [12:0] spk_cnt$d;
    wire  [12:0] spk_cnt$q;
    reg  spk_cnt$clock;
    reg  rec_more$d;
    wire  rec_more$q;
    reg  rec_more$clock;
    reg  rec_hv$d;
    wire  rec_hv$q;
    reg  rec_hv$clock;
    reg  rec_pend$d;
    wire  rec_pend$q;
    reg  rec_pend$clock;
    reg  in_phase$d;
    wire  in_phase$q;
    reg  in_phase$clock;
    reg  lif_go$d;
    wire  lif_go$q;
    reg  lif_go$clock;
    
    // Local signals
    reg  [12:0] rec_next;
    reg  in_range;
    reg  rec_vis;
    reg  rec_take;
    reg  rec_issue;
    
    // Sub module instances
    top$app$core$router$inq inq(
        .clock(inq$clock),
        .clear(inq$clear),
        .push(inq$push),
        .push_data(inq$push_data),
        .drop(inq$drop),
        .head_valid(inq$head_valid),
        .head(inq$head),
        .pop(inq$pop),
        .count(inq$count),
        .nonempty(inq$nonempty),
        .overflow(inq$overflow)
    );
    top$app$core$router$outq outq(
        .clock(outq$clock),
        .clear(outq$clear),
        .push(outq$push),
        .push_data(outq$push_data),
        .drop(outq$drop),
        .head_valid(outq$head_valid),
        .head(outq$head),
        .pop(outq$pop),
        .count(outq$count),
        .nonempty(outq$nonempty),
        .overflow(outq$overflow)
    );
    top$app$core$router$list list(
        .clock(list$clock),
        .read_address(list$read_address),
        .read_enable(list$read_enable),
        .read_data(list$read_data),
        .write_address(list$write_address),
        .write_data(list$write_data),
        .write_enable(list$write_enable)
    );
    top$app$core$router$in_rem in_rem(
        .d(in_rem$d),
        .q(in_rem$q),
        .clock(in_rem$clock)
    );
    top$app$core$router$rec_idx rec_idx(
        .d(rec_idx$d),
        .q(rec_idx$q),
        .clock(rec_idx$clock)
    );
    top$app$core$router$armed armed(
        .d(armed$d),
        .q(armed$q),
        .clock(armed$clock)
    );
    top$app$core$router$spk_cnt spk_cnt(
        .d(spk_cnt$d),
        .q(spk_cnt$q),
        .clock(spk_cnt$clock)
    );
    top$app$core$router$rec_more rec_more(
        .d(rec_more$d),
        .q(rec_more$q),
        .clock(rec_more$clock)
    );
    top$app$core$router$rec_hv rec_hv(
        .d(rec_hv$d),
        .q(rec_hv$q),
        .clock(rec_hv$clock)
    );
    top$app$core$router$rec_pend rec_pend(
        .d(rec_pend$d),
        .q(rec_pend$q),
        .clock(rec_pend$clock)
    );
    top$app$core$router$in_phase in_phase(
        .d(in_phase$d),
        .q(in_phase$q),
        .clock(in_phase$clock)
    );
    top$app$core$router$lif_go lif_go(
        .d(lif_go$d),
        .q(lif_go$q),
        .clock(lif_go$clock)
    );
    
    // Update code
    always @(*) begin
        in_rem$clock = clock;
        in_phase$clock = clock;
        rec_idx$clock = clock;
        armed$clock = clock;
        spk_cnt$clock = clock;
        rec_more$clock = clock;
        rec_hv$clock = clock;
        rec_pend$clock = clock;
        lif_go$clock = clock;
        in_rem$d = in_rem$q;
        in_phase$d = in_phase$q;
        rec_idx$d = rec_idx$q;
        armed$d = armed$q;
        spk_cnt$d = spk_cnt$q;
        rec_more$d = rec_more$q;
        rec_hv$d = rec_hv$q;
        rec_pend$d = rec_pend$q;
        lif_go$d = lif_go$q;
        inq$clock = clock;
        outq$clock = clock;
        list$clock = clock;
        inq$clear = clear;
        inq$push_data = in_spike;
        in_range = in_spike < inputs;
        if (inputs_pow2) begin
            in_range = (in_spike & high_mask) == 32'h0;
        end
        inq$push = in_spike_write & in_range;
        inq$drop = in_spike_write & ~in_range;
        in_overflow = inq$overflow;
        rec_vis = rec_hv$q | rec_pend$q;
        ev_valid = rec_vis & armed$q;
        ev_s = list$read_data;
        inq$pop = 1'b0;
        rec_take = 1'b0;
        if (in_phase$q) begin
            ev_valid = inq$head_valid & armed$q;
            ev_s = ((inq$head) & 13'h1fff);
            inq$pop = ev_take;
            if (ev_take) begin
                in_rem$d = (in_rem$q - 32'h1) & rem_mask;
                in_phase$d = in_rem$q != 32'h1;
            end
        end
        else begin
            rec_take = ev_take;
        end
        ev_done = ~in_phase$q & ~rec_more$q & ~rec_vis & ~(step_begin & inq$nonempty);
        rec_issue = (~rec_vis | rec_take) & rec_more$q;
        list$read_address = ((rec_idx$q) & 12'hfff);
        list$read_enable = rec_issue | ~rec_vis;
        rec_next = (rec_idx$q + 32'h1) & list_mask;
        if (rec_issue) begin
            rec_idx$d = rec_next;
        end
        if (spike_valid & ~rec_issue) begin
            rec_more$d = 1'b1;
        end
        if (rec_issue & ~spike_valid) begin
            rec_more$d = rec_next != spk_cnt$q;
        end
        rec_pend$d = rec_issue;
        rec_hv$d = rec_vis & ~rec_take;
        if (step_begin) begin
            in_rem$d = inq$count;
            in_phase$d = inq$nonempty;
            armed$d = 1'b1;
        end
        list$write_address = ((spk_cnt$q) & 12'hfff);
        list$write_data = ((inputs) & 13'h1fff) + ((spike_n) & 13'h1fff);
        list$write_enable = spike_valid;
        if (spike_valid) begin
            spk_cnt$d = (spk_cnt$q + 32'h1) & list_mask;
        end
        lif_go$d = lif_begin;
        if (lif_go$q) begin
            spk_cnt$d = 32'h0;
            rec_idx$d = 32'h0;
            rec_more$d = 1'b0;
            rec_hv$d = 1'b0;
            rec_pend$d = 1'b0;
            armed$d = 1'b0;
        end
        outq$clear = clear;
        outq$push = spike_valid;
        outq$push_data = ((spike_n) & 16'hffff);
        outq$drop = 1'b0;
        outq$pop = out_spike_read;
        out_spike = outq$head;
        out_spike_valid = outq$head_valid;
        out_overflow = outq$overflow;
        if (clear) begin
            lif_go$d = 1'b0;
            in_rem$d = 32'h0;
            in_phase$d = 1'b0;
            rec_idx$d = 32'h0;
            armed$d = 1'b0;
            spk_cnt$d = 32'h0;
            rec_more$d = 1'b0;
            rec_hv$d = 1'b0;
            rec_pend$d = 1'b0;
        end
    end
    
endmodule // top$app$core$router


module top$app$core$router$armed(d,q,clock);
    
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
          
endmodule // top$app$core$router$armed


module top$app$core$router$in_phase(d,q,clock);
    
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
          
endmodule // top$app$core$router$in_phase


module top$app$core$router$in_rem(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$router$in_rem


module top$app$core$router$inq(clock,clear,push,push_data,drop,head_valid,head,pop,count,nonempty,overflow);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  push;
    input wire  [15:0] push_data;
    input wire  drop;
    output reg  head_valid;
    output reg  [15:0] head;
    input wire  pop;
    output reg  [15:0] count;
    output reg  nonempty;
    output reg  [15:0] overflow;
    
    // Constant declarations
    localparam  depth = 16'h100;
    localparam  mask = 16'hff;
    localparam  ptr_mask = 16'h1ff;
    
    // Stub signals
    reg  ram$clock;
    reg  [11:0] ram$read_address;
    reg  ram$read_enable;
    wire  [15:0] ram$read_data;
    reg  [11:0] ram$write_address;
    reg  [15:0] ram$write_data;
    reg  ram$write_enable;
    reg  [15:0] wr$d;
    wire  [15:0] wr$q;
    reg  wr$clock;
    reg  [15:0] wr1$d;
    wire  [15:0] wr1$q;
    reg  wr1$clock;
    reg  [15:0] rd$d;
    wire  [15:0] rd$q;
    reg  rd$clock;
    reg  [15:0] rd1$d;
    wire  [15:0] rd1$q;
    reg  rd1$clock;
    reg  ahead$d;
    wire  ahead$q;
    reg  ahead$clock;
    reg  [15:0] popped$d;
    wire  [15:0] popped$q;
    reg  popped$clock;
    reg  hv$d;
    wire  hv$q;
    reg  hv$clock;
    reg  pend$d;
    wire  pend$q;
    reg  pend$clock;
    reg  [15:0] ovf$d;
    wire  [15:0] ovf$q;
    reg  ovf$clock;
    reg  [1:0] ovf_pend$d;
    wire  [1:0] ovf_pend$q;
    reg  ovf_pend$clock;
    reg  ne$d;
    wire  ne$q;
    reg  ne$clock;
    reg  full$d;
    wire  full$q;
    reg  full$clock;
    
    // Local signals
    reg  [15:0] diff1;
    reg  [15:0] held;
    reg  pop_ok;
    reg  issue;
    reg  vis;
    reg  [1:0] ovf_inc;
    reg  [16:0] ovf_sum;
    
    // Sub module instances
    top$app$core$router$inq$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_enable(ram$read_enable),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$app$core$router$inq$wr wr(
        .d(wr$d),
        .q(wr$q),
        .clock(wr$clock)
    );
    top$app$core$router$inq$wr1 wr1(
        .d(wr1$d),
        .q(wr1$q),
        .clock(wr1$clock)
    );
    top$app$core$router$inq$rd rd(
        .d(rd$d),
        .q(rd$q),
        .clock(rd$clock)
    );
    top$app$core$router$inq$rd1 rd1(
        .d(rd1$d),
        .q(rd1$q),
        .clock(rd1$clock)
    );
    top$app$core$router$inq$ahead ahead(
        .d(ahead$d),
        .q(ahead$q),
        .clock(ahead$clock)
    );
    top$app$core$router$inq$popped popped(
        .d(popped$d),
        .q(popped$q),
        .clock(popped$clock)
    );
    top$app$core$router$inq$hv hv(
        .d(hv$d),
        .q(hv$q),
        .clock(hv$clock)
    );
    top$app$core$router$inq$pend pend(
        .d(pend$d),
        .q(pend$q),
        .clock(pend$clock)
    );
    top$app$core$router$inq$ovf ovf(
        .d(ovf$d),
        .q(ovf$q),
        .clock(ovf$clock)
    );
    top$app$core$router$inq$ovf_pend ovf_pend(
        .d(ovf_pend$d),
        .q(ovf_pend$q),
        .clock(ovf_pend$clock)
    );
    top$app$core$router$inq$ne ne(
        .d(ne$d),
        .q(ne$q),
        .clock(ne$clock)
    );
    top$app$core$router$inq$full full(
        .d(full$d),
        .q(full$q),
        .clock(full$clock)
    );
    
    // Update code
    always @(*) begin
        wr$clock = clock;
        wr1$clock = clock;
        rd$clock = clock;
        rd1$clock = clock;
        ahead$clock = clock;
        popped$clock = clock;
        hv$clock = clock;
        pend$clock = clock;
        ovf$clock = clock;
        ovf_pend$clock = clock;
        ne$clock = clock;
        full$clock = clock;
        wr$d = wr$q;
        wr1$d = wr1$q;
        rd$d = rd$q;
        rd1$d = rd1$q;
        ahead$d = ahead$q;
        popped$d = popped$q;
        hv$d = hv$q;
        pend$d = pend$q;
        ovf$d = ovf$q;
        ovf_pend$d = ovf_pend$q;
        ne$d = ne$q;
        full$d = full$q;
        ram$clock = clock;
        held = (wr$q - popped$q) & ptr_mask;
        count = held;
        overflow = ovf$q;
        head = ram$read_data;
        ram$write_address = ((wr$q & mask) & 12'hfff);
        ram$write_data = push_data;
        ram$write_enable = 1'b0;
        ovf_inc = 32'h0;
        nonempty = ne$q;
        diff1 = (wr1$q ^ 32'h1) ^ popped$q;
        vis = hv$q | pend$q;
        pop_ok = pop & vis;
        if (pop_ok) begin
            full$d = 1'b0;
            ne$d = ahead$q;
        end
        if (push) begin
            if (full$q) begin
                ovf_inc = 32'h1;
            end
            else begin
                ram$write_enable = 1'b1;
                ne$d = 1'b1;
                wr$d = (wr$q + 32'h1) & ptr_mask;
                wr1$d = (((wr1$q ^ 32'h1) + 32'h1) & ptr_mask) ^ 32'h1;
                if (~pop_ok & ((diff1 & mask) == 32'h0) & ((diff1 & depth) != 32'h0)) begin
                    full$d = 1'b1;
                end
            end
        end
        if (drop) begin
            ovf_inc = ovf_inc + 32'h1;
        end
        ovf_pend$d = ovf_inc;
        ovf_sum = ((ovf$q) & 17'h1ffff) + ((ovf_pend$q) & 17'h1ffff);
        ovf$d = ovf_sum[(32'h0)+:(16)];
        if (ovf_sum[32'h10]) begin
            ovf$d = 32'hffff;
        end
        head_valid = vis;
        issue = (~vis | pop) & ahead$q;
        ram$read_address = ((rd$q & mask) & 12'hfff);
        ram$read_enable = issue | ~vis;
        if (issue) begin
            rd$d = (rd$q + 32'h1) & ptr_mask;
            rd1$d = (((rd1$q ^ 32'h1) + 32'h1) & ptr_mask) ^ 32'h1;
        end
        if (ram$write_enable & ~issue) begin
            ahead$d = 1'b1;
        end
        if (issue & ~ram$write_enable) begin
            ahead$d = (rd1$q ^ 32'h1) != wr$q;
        end
        pend$d = issue;
        hv$d = vis & ~pop;
        if (pop_ok) begin
            popped$d = (popped$q + 32'h1) & ptr_mask;
        end
        if (clear) begin
            wr$d = 32'h0;
            wr1$d = 32'h0;
            rd$d = 32'h0;
            rd1$d = 32'h0;
            ahead$d = 1'b0;
            popped$d = 32'h0;
            full$d = 1'b0;
            ne$d = 1'b0;
            hv$d = 1'b0;
            pend$d = 1'b0;
            ovf$d = 32'h0;
            ovf_pend$d = 32'h0;
        end
    end
    
endmodule // top$app$core$router$inq


module top$app$core$router$inq$ahead(d,q,clock);
    
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
          
endmodule // top$app$core$router$inq$ahead


module top$app$core$router$inq$full(d,q,clock);
    
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
          
endmodule // top$app$core$router$inq$full


module top$app$core$router$inq$hv(d,q,clock);
    
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
          
endmodule // top$app$core$router$inq$hv


module top$app$core$router$inq$ne(d,q,clock);
    
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
          
endmodule // top$app$core$router$inq$ne


module top$app$core$router$inq$ovf(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$router$inq$ovf


module top$app$core$router$inq$ovf_pend(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$router$inq$ovf_pend


module top$app$core$router$inq$pend(d,q,clock);
    
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
          
endmodule // top$app$core$router$inq$pend


module top$app$core$router$inq$popped(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$router$inq$popped


module top$app$core$router$inq$ram(clock,read_address,read_enable,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    input wire  read_enable;
    output reg  [15:0] read_data;
    input wire  [11:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [15:0] mem [0:255];
    integer k;
    initial begin
       for (k = 0; k <= 255; k = k + 1) mem[k] = 0;
    end
    
    always @(posedge clock) begin
       if (read_enable) begin
          read_data <= mem[read_address];
       end
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$app$core$router$inq$ram


module top$app$core$router$inq$rd(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$router$inq$rd


module top$app$core$router$inq$rd1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$router$inq$rd1


module top$app$core$router$inq$wr(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$router$inq$wr


module top$app$core$router$inq$wr1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$router$inq$wr1


module top$app$core$router$lif_go(d,q,clock);
    
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
          
endmodule // top$app$core$router$lif_go


module top$app$core$router$list(clock,read_address,read_enable,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    input wire  read_enable;
    output reg  [12:0] read_data;
    input wire  [11:0] write_address;
    input wire  [12:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [12:0] mem [0:255];
    integer k;
    initial begin
       for (k = 0; k <= 255; k = k + 1) mem[k] = 0;
    end
    
    always @(posedge clock) begin
       if (read_enable) begin
          read_data <= mem[read_address];
       end
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$app$core$router$list


module top$app$core$router$outq(clock,clear,push,push_data,drop,head_valid,head,pop,count,nonempty,overflow);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  push;
    input wire  [15:0] push_data;
    input wire  drop;
    output reg  head_valid;
    output reg  [15:0] head;
    input wire  pop;
    output reg  [15:0] count;
    output reg  nonempty;
    output reg  [15:0] overflow;
    
    // Constant declarations
    localparam  depth = 16'h100;
    localparam  mask = 16'hff;
    localparam  ptr_mask = 16'h1ff;
    
    // Stub signals
    reg  ram$clock;
    reg  [11:0] ram$read_address;
    reg  ram$read_enable;
    wire  [15:0] ram$read_data;
    reg  [11:0] ram$write_address;
    reg  [15:0] ram$write_data;
    reg  ram$write_enable;
    reg  [15:0] wr$d;
    wire  [15:0] wr$q;
    reg  wr$clock;
    reg  [15:0] wr1$d;
    wire  [15:0] wr1$q;
    reg  wr1$clock;
    reg  [15:0] rd$d;
    wire  [15:0] rd$q;
    reg  rd$clock;
    reg  [15:0] rd1$d;
    wire  [15:0] rd1$q;
    reg  rd1$clock;
    reg  ahead$d;
    wire  ahead$q;
    reg  ahead$clock;
    reg  [15:0] popped$d;
    wire  [15:0] popped$q;
    reg  popped$clock;
    reg  hv$d;
    wire  hv$q;
    reg  hv$clock;
    reg  pend$d;
    wire  pend$q;
    reg  pend$clock;
    reg  [15:0] ovf$d;
    wire  [15:0] ovf$q;
    reg  ovf$clock;
    reg  [1:0] ovf_pend$d;
    wire  [1:0] ovf_pend$q;
    reg  ovf_pend$clock;
    reg  ne$d;
    wire  ne$q;
    reg  ne$clock;
    reg  full$d;
    wire  full$q;
    reg  full$clock;
    
    // Local signals
    reg  [15:0] diff1;
    reg  [15:0] held;
    reg  pop_ok;
    reg  issue;
    reg  vis;
    reg  [1:0] ovf_inc;
    reg  [16:0] ovf_sum;
    
    // Sub module instances
    top$app$core$router$outq$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_enable(ram$read_enable),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$app$core$router$outq$wr wr(
        .d(wr$d),
        .q(wr$q),
        .clock(wr$clock)
    );
    top$app$core$router$outq$wr1 wr1(
        .d(wr1$d),
        .q(wr1$q),
        .clock(wr1$clock)
    );
    top$app$core$router$outq$rd rd(
        .d(rd$d),
        .q(rd$q),
        .clock(rd$clock)
    );
    top$app$core$router$outq$rd1 rd1(
        .d(rd1$d),
        .q(rd1$q),
        .clock(rd1$clock)
    );
    top$app$core$router$outq$ahead ahead(
        .d(ahead$d),
        .q(ahead$q),
        .clock(ahead$clock)
    );
    top$app$core$router$outq$popped popped(
        .d(popped$d),
        .q(popped$q),
        .clock(popped$clock)
    );
    top$app$core$router$outq$hv hv(
        .d(hv$d),
        .q(hv$q),
        .clock(hv$clock)
    );
    top$app$core$router$outq$pend pend(
        .d(pend$d),
        .q(pend$q),
        .clock(pend$clock)
    );
    top$app$core$router$outq$ovf ovf(
        .d(ovf$d),
        .q(ovf$q),
        .clock(ovf$clock)
    );
    top$app$core$router$outq$ovf_pend ovf_pend(
        .d(ovf_pend$d),
        .q(ovf_pend$q),
        .clock(ovf_pend$clock)
    );
    top$app$core$router$outq$ne ne(
        .d(ne$d),
        .q(ne$q),
        .clock(ne$clock)
    );
    top$app$core$router$outq$full full(
        .d(full$d),
        .q(full$q),
        .clock(full$clock)
    );
    
    // Update code
    always @(*) begin
        wr$clock = clock;
        wr1$clock = clock;
        rd$clock = clock;
        rd1$clock = clock;
        ahead$clock = clock;
        popped$clock = clock;
        hv$clock = clock;
        pend$clock = clock;
        ovf$clock = clock;
        ovf_pend$clock = clock;
        ne$clock = clock;
        full$clock = clock;
        wr$d = wr$q;
        wr1$d = wr1$q;
        rd$d = rd$q;
        rd1$d = rd1$q;
        ahead$d = ahead$q;
        popped$d = popped$q;
        hv$d = hv$q;
        pend$d = pend$q;
        ovf$d = ovf$q;
        ovf_pend$d = ovf_pend$q;
        ne$d = ne$q;
        full$d = full$q;
        ram$clock = clock;
        held = (wr$q - popped$q) & ptr_mask;
        count = held;
        overflow = ovf$q;
        head = ram$read_data;
        ram$write_address = ((wr$q & mask) & 12'hfff);
        ram$write_data = push_data;
        ram$write_enable = 1'b0;
        ovf_inc = 32'h0;
        nonempty = ne$q;
        diff1 = (wr1$q ^ 32'h1) ^ popped$q;
        vis = hv$q | pend$q;
        pop_ok = pop & vis;
        if (pop_ok) begin
            full$d = 1'b0;
            ne$d = ahead$q;
        end
        if (push) begin
            if (full$q) begin
                ovf_inc = 32'h1;
            end
            else begin
                ram$write_enable = 1'b1;
                ne$d = 1'b1;
                wr$d = (wr$q + 32'h1) & ptr_mask;
                wr1$d = (((wr1$q ^ 32'h1) + 32'h1) & ptr_mask) ^ 32'h1;
                if (~pop_ok & ((diff1 & mask) == 32'h0) & ((diff1 & depth) != 32'h0)) begin
                    full$d = 1'b1;
                end
            end
        end
        if (drop) begin
            ovf_inc = ovf_inc + 32'h1;
        end
        ovf_pend$d = ovf_inc;
        ovf_sum = ((ovf$q) & 17'h1ffff) + ((ovf_pend$q) & 17'h1ffff);
        ovf$d = ovf_sum[(32'h0)+:(16)];
        if (ovf_sum[32'h10]) begin
            ovf$d = 32'hffff;
        end
        head_valid = vis;
        issue = (~vis | pop) & ahead$q;
        ram$read_address = ((rd$q & mask) & 12'hfff);
        ram$read_enable = issue | ~vis;
        if (issue) begin
            rd$d = (rd$q + 32'h1) & ptr_mask;
            rd1$d = (((rd1$q ^ 32'h1) + 32'h1) & ptr_mask) ^ 32'h1;
        end
        if (ram$write_enable & ~issue) begin
            ahead$d = 1'b1;
        end
        if (issue & ~ram$write_enable) begin
            ahead$d = (rd1$q ^ 32'h1) != wr$q;
        end
        pend$d = issue;
        hv$d = vis & ~pop;
        if (pop_ok) begin
            popped$d = (popped$q + 32'h1) & ptr_mask;
        end
        if (clear) begin
            wr$d = 32'h0;
            wr1$d = 32'h0;
            rd$d = 32'h0;
            rd1$d = 32'h0;
            ahead$d = 1'b0;
            popped$d = 32'h0;
            full$d = 1'b0;
            ne$d = 1'b0;
            hv$d = 1'b0;
            pend$d = 1'b0;
            ovf$d = 32'h0;
            ovf_pend$d = 32'h0;
        end
    end
    
endmodule // top$app$core$router$outq


module top$app$core$router$outq$ahead(d,q,clock);
    
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
          
endmodule // top$app$core$router$outq$ahead


module top$app$core$router$outq$full(d,q,clock);
    
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
          
endmodule // top$app$core$router$outq$full


module top$app$core$router$outq$hv(d,q,clock);
    
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
          
endmodule // top$app$core$router$outq$hv


module top$app$core$router$outq$ne(d,q,clock);
    
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
          
endmodule // top$app$core$router$outq$ne


module top$app$core$router$outq$ovf(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$router$outq$ovf


module top$app$core$router$outq$ovf_pend(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$router$outq$ovf_pend


module top$app$core$router$outq$pend(d,q,clock);
    
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
          
endmodule // top$app$core$router$outq$pend


module top$app$core$router$outq$popped(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$router$outq$popped


module top$app$core$router$outq$ram(clock,read_address,read_enable,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    input wire  read_enable;
    output reg  [15:0] read_data;
    input wire  [11:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [15:0] mem [0:255];
    integer k;
    initial begin
       for (k = 0; k <= 255; k = k + 1) mem[k] = 0;
    end
    
    always @(posedge clock) begin
       if (read_enable) begin
          read_data <= mem[read_address];
       end
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$app$core$router$outq$ram


module top$app$core$router$outq$rd(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$router$outq$rd


module top$app$core$router$outq$rd1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$router$outq$rd1


module top$app$core$router$outq$wr(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$router$outq$wr


module top$app$core$router$outq$wr1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$router$outq$wr1


module top$app$core$router$rec_hv(d,q,clock);
    
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
          
endmodule // top$app$core$router$rec_hv


module top$app$core$router$rec_idx(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$router$rec_idx


module top$app$core$router$rec_more(d,q,clock);
    
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
          
endmodule // top$app$core$router$rec_more


module top$app$core$router$rec_pend(d,q,clock);
    
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
          
endmodule // top$app$core$router$rec_pend


module top$app$core$router$spk_cnt(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$router$spk_cnt


module top$app$core$stdp(clock,enable,start,busy,done,shifts,increments,bounds,ev_take,ev_s,spike_valid,spike_n,w_addr,w_wdata,w_write,w_rdata,clear,clear_idx,mem_region,mem_idx,mem_wdata,mem_write,mem_rdata);
    
    // Module arguments
    input wire  clock;
    input wire  enable;
    input wire  start;
    output reg  busy;
    output reg  done;
    input wire  [15:0] shifts;
    input wire  [15:0] increments;
    input wire  [15:0] bounds;
    input wire  ev_take;
    input wire  [12:0] ev_s;
    input wire  spike_valid;
    input wire  [11:0] spike_n;
    output reg  [15:0] w_addr;
    output reg  [15:0] w_wdata;
    output reg  w_write;
    input wire  [15:0] w_rdata;
    input wire  clear;
    input wire  [12:0] clear_idx;
    input wire  [1:0] mem_region;
    input wire  [15:0] mem_idx;
    input wire  [15:0] mem_wdata;
    input wire  mem_write;
    output reg  [15:0] mem_rdata;
    
    // Constant declarations
    localparam  last_s = 13'b111111111;
    localparam  last_m = 11'b1111111;
    localparam  before_last_m = 11'b1111110;
    localparam  one_word = 1'b0;
    localparam  last_d = 13'b111111111;
    localparam  row_shift = 4'h7;
    localparam  s_mask = 13'b111111111;
    localparam  m_mask = 11'b1111111;
    
    // Stub signals
    reg  pre_tr$clock;
    reg  [12:0] pre_tr$read_address;
    reg  pre_tr$read_enable;
    wire  [7:0] pre_tr$read_data;
    reg  [12:0] pre_tr$write_address;
    reg  [7:0] pre_tr$write_data;
    reg  pre_tr$write_enable;
    reg  pre_ev$clock;
    reg  [12:0] pre_ev$read_address;
    reg  pre_ev$read_enable;
    wire  pre_ev$read_data;
    reg  [12:0] pre_ev$write_address;
    reg  pre_ev$write_data;
    reg  pre_ev$write_enable;
    reg  plastic$clock;
    reg  [8:0] plastic$read_address;
    reg  plastic$read_enable;
    wire  [15:0] plastic$read_data;
    reg  [8:0] plastic$write_address;
    reg  [15:0] plastic$write_data;
    reg  plastic$write_enable;
    reg  post_e$clock;
    reg  [10:0] post_e$read_address;
    reg  post_e$read_enable;
    wire  [7:0] post_e$read_data;
    reg  [10:0] post_e$write_address;
    reg  [7:0] post_e$write_data;
    reg  post_e$write_enable;
    reg  post_o$clock;
    reg  [10:0] post_o$read_address;
    reg  post_o$read_enable;
    wire  [7:0] post_o$read_data;
    reg  [10:0] post_o$write_address;
    reg  [7:0] post_o$write_data;
    reg  post_o$write_enable;
    reg  spk_e$clock;
    reg  [10:0] spk_e$read_address;
    reg  spk_e$read_enable;
    wire  spk_e$read_data;
    reg  [10:0] spk_e$write_address;
    reg  spk_e$write_data;
    reg  spk_e$write_enable;
    reg  spk_o$clock;
    reg  [10:0] spk_o$read_address;
    reg  spk_o$read_enable;
    wire  spk_o$read_data;
    reg  [10:0] spk_o$write_address;
    reg  spk_o$write_data;
    reg  spk_o$write_enable;
    reg  [13:0] state$d;
    wire  [13:0] state$q;
    reg  state$clock;
    reg  [12:0] s$d;
    wire  [12:0] s$q;
    reg  s$clock;
    reg  [10:0] m$d;
    wire  [10:0] m$q;
    reg  m$clock;
    reg  any_spike$d;
    wire  any_spike$q;
    reg  any_spike$clock;
    reg  [7:0] pmask$d;
    wire  [7:0] pmask$q;
    reg  pmask$clock;
    reg  [7:0] xmask$d;
    wire  [7:0] xmask$q;
    reg  xmask$clock;
    reg  [7:0] ymask$d;
    wire  [7:0] ymask$q;
    reg  ymask$clock;
    reg  dv2$d;
    wire  dv2$q;
    reg  dv2$clock;
    reg  [12:0] di2$d;
    wire  [12:0] di2$q;
    reg  di2$clock;
    reg  dv3$d;
    wire  dv3$q;
    reg  dv3$clock;
    reg  [12:0] di3$d;
    wire  [12:0] di3$q;
    reg  di3$clock;
    reg  dv4$d;
    wire  dv4$q;
    reg  dv4$clock;
    reg  [12:0] di4$d;
    wire  [12:0] di4$q;
    reg  di4$clock;
    reg  [7:0] dx4$d;
    wire  [7:0] dx4$q;
    reg  dx4$clock;
    reg  [7:0] dye4$d;
    wire  [7:0] dye4$q;
    reg  dye4$clock;
    reg  [7:0] dyo4$d;
    wire  [7:0] dyo4$q;
    reg  dyo4$clock;
    reg  [7:0] dx$d;
    wire  [7:0] dx$q;
    reg  dx$clock;
    reg  [7:0] dxs$d;
    wire  [7:0] dxs$q;
    reg  dxs$clock;
    reg  [7:0] dye$d;
    wire  [7:0] dye$q;
    reg  dye$clock;
    reg  [7:0] dyse$d;
    wire  [7:0] dyse$q;
    reg  dyse$clock;
    reg  [7:0] dyo$d;
    wire  [7:0] dyo$q;
    reg  dyo$clock;
    reg  [7:0] dyso$d;
    wire  [7:0] dyso$q;
    reg  dyso$clock;
    reg  [7:0] rpot$d;
    wire  [7:0] rpot$q;
    reg  rpot$clock;
    reg  rg_pl$d;
    wire  rg_pl$q;
    reg  rg_pl$clock;
    reg  rg_x$d;
    wire  rg_x$q;
    reg  rg_x$clock;
    reg  mlast$d;
    wire  mlast$q;
    reg  mlast$clock;
    reg  rlast$d;
    wire  rlast$q;
    reg  rlast$clock;
    reg  active$d;
    wire  active$q;
    reg  active$clock;
    reg  fin$d;
    wire  fin$q;
    reg  fin$clock;
    reg  [9:0] rwmin$d;
    wire  [9:0] rwmin$q;
    reg  rwmin$clock;
    reg  wq_pend$d;
    wire  wq_pend$q;
    reg  wq_pend$clock;
    reg  wcyc$d;
    wire  wcyc$q;
    reg  wcyc$clock;
    reg  [15:0] wq_addr$d;
    wire  [15:0] wq_addr$q;
    reg  wq_addr$clock;
    reg  lt_e$d;
    wire  lt_e$q;
    reg  lt_e$clock;
    reg  gt_e$d;
    wire  gt_e$q;
    reg  gt_e$clock;
    reg  lt_o$d;
    wire  lt_o$q;
    reg  lt_o$clock;
    reg  gt_o$d;
    wire  gt_o$q;
    reg  gt_o$clock;
    reg  [9:0] rwmax$d;
    wire  [9:0] rwmax$q;
    reg  rwmax$clock;
    reg  pre$d;
    wire  pre$q;
    reg  pre$clock;
    reg  [15:0] rw$d;
    wire  [15:0] rw$q;
    reg  rw$clock;
    reg  [7:0] gpot_e$d;
    wire  [7:0] gpot_e$q;
    reg  gpot_e$clock;
    reg  [7:0] gpot_o$d;
    wire  [7:0] gpot_o$q;
    reg  gpot_o$clock;
    reg  [7:0] gdep_e$d;
    wire  [7:0] gdep_e$q;
    reg  gdep_e$clock;
    reg  [7:0] gdep_o$d;
    wire  [7:0] gdep_o$q;
    reg  gdep_o$clock;
    reg  [9:0] rsum_e$d;
    wire  [9:0] rsum_e$q;
    reg  rsum_e$clock;
    reg  [9:0] rsum_o$d;
    wire  [9:0] rsum_o$q;
    reg  rsum_o$clock;
    reg  req_e$d;
    wire  req_e$q;
    reg  req_e$clock;
    reg  req_o$d;
    wire  req_o$q;
    reg  req_o$clock;
    reg  [7:0] ry_e$d;
    wire  [7:0] ry_e$q;
    reg  ry_e$clock;
    reg  [7:0] ry_o$d;
    wire  [7:0] ry_o$q;
    reg  ry_o$clock;
    reg  rs_e$d;
    wire  rs_e$q;
    reg  rs_e$clock;
    reg  rs_o$d;
    wire  rs_o$q;
    reg  rs_o$clock;
    reg  post_pend$d;
    wire  post_pend$q;
    reg  post_pend$clock;
    reg  [10:0] post_m$d;
    wire  [10:0] post_m$q;
    reg  post_m$clock;
    reg  post_pend2$d;
    wire  post_pend2$q;
    reg  post_pend2$clock;
    reg  [10:0] post_m2$d;
    wire  [10:0] post_m2$q;
    reg  post_m2$clock;
    reg  [1:0] rd_region$d;
    wire  [1:0] rd_region$q;
    reg  rd_region$clock;
    reg  rd_odd$d;
    wire  rd_odd$q;
    reg  rd_odd$clock;
    reg  [3:0] rd_sel$d;
    wire  [3:0] rd_sel$q;
    reg  rd_sel$clock;
    reg  [15:0] rpl$d;
    wire  [15:0] rpl$q;
    reg  rpl$clock;
    reg  pre_take$d;
    wire  pre_take$q;
    reg  pre_take$clock;
    reg  dwx4$d;
    wire  dwx4$q;
    reg  dwx4$clock;
    reg  dwy4$d;
    wire  dwy4$q;
    reg  dwy4$clock;
    
    // Local signals
    reg  [7:0] xsh;
    reg  [7:0] ysh_e;
    reg  [7:0] ysh_o;
    reg  [8:0] x_jump;
    reg  [9:0] w_e;
    reg  [9:0] w_o;
    reg  [9:0] wmin;
    reg  [9:0] wmax;
    reg  [7:0] new_e;
    reg  [7:0] new_o;
    reg  [8:0] yj_e;
    reg  [8:0] yj_o;
    reg  go;
    reg  [10:0] m_next;
    reg  [10:0] rd_m;
    reg  [12:0] s_inc;
    reg  [7:0] rd_x;
    reg  [7:0] rd_ye;
    reg  [7:0] rd_yo;
    reg  [15:0] rd_pl;
    
    // Sub module instances
    top$app$core$stdp$pre_tr pre_tr(
        .clock(pre_tr$clock),
        .read_address(pre_tr$read_address),
        .read_enable(pre_tr$read_enable),
        .read_data(pre_tr$read_data),
        .write_address(pre_tr$write_address),
        .write_data(pre_tr$write_data),
        .write_enable(pre_tr$write_enable)
    );
    top$app$core$stdp$pre_ev pre_ev(
        .clock(pre_ev$clock),
        .read_address(pre_ev$read_address),
        .read_enable(pre_ev$read_enable),
        .read_data(pre_ev$read_data),
        .write_address(pre_ev$write_address),
        .write_data(pre_ev$write_data),
        .write_enable(pre_ev$write_enable)
    );
    top$app$core$stdp$plastic plastic(
        .clock(plastic$clock),
        .read_address(plastic$read_address),
        .read_enable(plastic$read_enable),
        .read_data(plastic$read_data),
        .write_address(plastic$write_address),
        .write_data(plastic$write_data),
        .write_enable(plastic$write_enable)
    );
    top$app$core$stdp$post_e post_e(
        .clock(post_e$clock),
        .read_address(post_e$read_address),
        .read_enable(post_e$read_enable),
        .read_data(post_e$read_data),
        .write_address(post_e$write_address),
        .write_data(post_e$write_data),
        .write_enable(post_e$write_enable)
    );
    top$app$core$stdp$post_o post_o(
        .clock(post_o$clock),
        .read_address(post_o$read_address),
        .read_enable(post_o$read_enable),
        .read_data(post_o$read_data),
        .write_address(post_o$write_address),
        .write_data(post_o$write_data),
        .write_enable(post_o$write_enable)
    );
    top$app$core$stdp$spk_e spk_e(
        .clock(spk_e$clock),
        .read_address(spk_e$read_address),
        .read_enable(spk_e$read_enable),
        .read_data(spk_e$read_data),
        .write_address(spk_e$write_address),
        .write_data(spk_e$write_data),
        .write_enable(spk_e$write_enable)
    );
    top$app$core$stdp$spk_o spk_o(
        .clock(spk_o$clock),
        .read_address(spk_o$read_address),
        .read_enable(spk_o$read_enable),
        .read_data(spk_o$read_data),
        .write_address(spk_o$write_address),
        .write_data(spk_o$write_data),
        .write_enable(spk_o$write_enable)
    );
    top$app$core$stdp$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$app$core$stdp$s s(
        .d(s$d),
        .q(s$q),
        .clock(s$clock)
    );
    top$app$core$stdp$m m(
        .d(m$d),
        .q(m$q),
        .clock(m$clock)
    );
    top$app$core$stdp$any_spike any_spike(
        .d(any_spike$d),
        .q(any_spike$q),
        .clock(any_spike$clock)
    );
    top$app$core$stdp$pmask pmask(
        .d(pmask$d),
        .q(pmask$q),
        .clock(pmask$clock)
    );
    top$app$core$stdp$xmask xmask(
        .d(xmask$d),
        .q(xmask$q),
        .clock(xmask$clock)
    );
    top$app$core$stdp$ymask ymask(
        .d(ymask$d),
        .q(ymask$q),
        .clock(ymask$clock)
    );
    top$app$core$stdp$dv2 dv2(
        .d(dv2$d),
        .q(dv2$q),
        .clock(dv2$clock)
    );
    top$app$core$stdp$di2 di2(
        .d(di2$d),
        .q(di2$q),
        .clock(di2$clock)
    );
    top$app$core$stdp$dv3 dv3(
        .d(dv3$d),
        .q(dv3$q),
        .clock(dv3$clock)
    );
    top$app$core$stdp$di3 di3(
        .d(di3$d),
        .q(di3$q),
        .clock(di3$clock)
    );
    top$app$core$stdp$dv4 dv4(
        .d(dv4$d),
        .q(dv4$q),
        .clock(dv4$clock)
    );
    top$app$core$stdp$di4 di4(
        .d(di4$d),
        .q(di4$q),
        .clock(di4$clock)
    );
    top$app$core$stdp$dx4 dx4(
        .d(dx4$d),
        .q(dx4$q),
        .clock(dx4$clock)
    );
    top$app$core$stdp$dye4 dye4(
        .d(dye4$d),
        .q(dye4$q),
        .clock(dye4$clock)
    );
    top$app$core$stdp$dyo4 dyo4(
        .d(dyo4$d),
        .q(dyo4$q),
        .clock(dyo4$clock)
    );
    top$app$core$stdp$dx dx(
        .d(dx$d),
        .q(dx$q),
        .clock(dx$clock)
    );
    top$app$core$stdp$dxs dxs(
        .d(dxs$d),
        .q(dxs$q),
        .clock(dxs$clock)
    );
    top$app$core$stdp$dye dye(
        .d(dye$d),
        .q(dye$q),
        .clock(dye$clock)
    );
    top$app$core$stdp$dyse dyse(
        .d(dyse$d),
        .q(dyse$q),
        .clock(dyse$clock)
    );
    top$app$core$stdp$dyo dyo(
        .d(dyo$d),
        .q(dyo$q),
        .clock(dyo$clock)
    );
    top$app$core$stdp$dyso dyso(
        .d(dyso$d),
        .q(dyso$q),
        .clock(dyso$clock)
    );
    top$app$core$stdp$rpot rpot(
        .d(rpot$d),
        .q(rpot$q),
        .clock(rpot$clock)
    );
    top$app$core$stdp$rg_pl rg_pl(
        .d(rg_pl$d),
        .q(rg_pl$q),
        .clock(rg_pl$clock)
    );
    top$app$core$stdp$rg_x rg_x(
        .d(rg_x$d),
        .q(rg_x$q),
        .clock(rg_x$clock)
    );
    top$app$core$stdp$mlast mlast(
        .d(mlast$d),
        .q(mlast$q),
        .clock(mlast$clock)
    );
    top$app$core$stdp$rlast rlast(
        .d(rlast$d),
        .q(rlast$q),
        .clock(rlast$clock)
    );
    top$app$core$stdp$active active(
        .d(active$d),
        .q(active$q),
        .clock(active$clock)
    );
    top$app$core$stdp$fin fin(
        .d(fin$d),
        .q(fin$q),
        .clock(fin$clock)
    );
    top$app$core$stdp$rwmin rwmin(
        .d(rwmin$d),
        .q(rwmin$q),
        .clock(rwmin$clock)
    );
    top$app$core$stdp$wq_pend wq_pend(
        .d(wq_pend$d),
        .q(wq_pend$q),
        .clock(wq_pend$clock)
    );
    top$app$core$stdp$wcyc wcyc(
        .d(wcyc$d),
        .q(wcyc$q),
        .clock(wcyc$clock)
    );
    top$app$core$stdp$wq_addr wq_addr(
        .d(wq_addr$d),
        .q(wq_addr$q),
        .clock(wq_addr$clock)
    );
    top$app$core$stdp$lt_e lt_e(
        .d(lt_e$d),
        .q(lt_e$q),
        .clock(lt_e$clock)
    );
    top$app$core$stdp$gt_e gt_e(
        .d(gt_e$d),
        .q(gt_e$q),
        .clock(gt_e$clock)
    );
    top$app$core$stdp$lt_o lt_o(
        .d(lt_o$d),
        .q(lt_o$q),
        .clock(lt_o$clock)
    );
    top$app$core$stdp$gt_o gt_o(
        .d(gt_o$d),
        .q(gt_o$q),
        .clock(gt_o$clock)
    );
    top$app$core$stdp$rwmax rwmax(
        .d(rwmax$d),
        .q(rwmax$q),
        .clock(rwmax$clock)
    );
    top$app$core$stdp$pre pre(
        .d(pre$d),
        .q(pre$q),
        .clock(pre$clock)
    );
    top$app$core$stdp$rw rw(
        .d(rw$d),
        .q(rw$q),
        .clock(rw$clock)
    );
    top$app$core$stdp$gpot_e gpot_e(
        .d(gpot_e$d),
        .q(gpot_e$q),
        .clock(gpot_e$clock)
    );
    top$app$core$stdp$gpot_o gpot_o(
        .d(gpot_o$d),
        .q(gpot_o$q),
        .clock(gpot_o$clock)
    );
    top$app$core$stdp$gdep_e gdep_e(
        .d(gdep_e$d),
        .q(gdep_e$q),
        .clock(gdep_e$clock)
    );
    top$app$core$stdp$gdep_o gdep_o(
        .d(gdep_o$d),
        .q(gdep_o$q),
        .clock(gdep_o$clock)
    );
    top$app$core$stdp$rsum_e rsum_e(
        .d(rsum_e$d),
        .q(rsum_e$q),
        .clock(rsum_e$clock)
    );
    top$app$core$stdp$rsum_o rsum_o(
        .d(rsum_o$d),
        .q(rsum_o$q),
        .clock(rsum_o$clock)
    );
    top$app$core$stdp$req_e req_e(
        .d(req_e$d),
        .q(req_e$q),
        .clock(req_e$clock)
    );
    top$app$core$stdp$req_o req_o(
        .d(req_o$d),
        .q(req_o$q),
        .clock(req_o$clock)
    );
    top$app$core$stdp$ry_e ry_e(
        .d(ry_e$d),
        .q(ry_e$q),
        .clock(ry_e$clock)
    );
    top$app$core$stdp$ry_o ry_o(
        .d(ry_o$d),
        .q(ry_o$q),
        .clock(ry_o$clock)
    );
    top$app$core$stdp$rs_e rs_e(
        .d(rs_e$d),
        .q(rs_e$q),
        .clock(rs_e$clock)
    );
    top$app$core$stdp$rs_o rs_o(
        .d(rs_o$d),
        .q(rs_o$q),
        .clock(rs_o$clock)
    );
    top$app$core$stdp$post_pend post_pend(
        .d(post_pend$d),
        .q(post_pend$q),
        .clock(post_pend$clock)
    );
    top$app$core$stdp$post_m post_m(
        .d(post_m$d),
        .q(post_m$q),
        .clock(post_m$clock)
    );
    top$app$core$stdp$post_pend2 post_pend2(
        .d(post_pend2$d),
        .q(post_pend2$q),
        .clock(post_pend2$clock)
    );
    top$app$core$stdp$post_m2 post_m2(
        .d(post_m2$d),
        .q(post_m2$q),
        .clock(post_m2$clock)
    );
    top$app$core$stdp$rd_region rd_region(
        .d(rd_region$d),
        .q(rd_region$q),
        .clock(rd_region$clock)
    );
    top$app$core$stdp$rd_odd rd_odd(
        .d(rd_odd$d),
        .q(rd_odd$q),
        .clock(rd_odd$clock)
    );
    top$app$core$stdp$rd_sel rd_sel(
        .d(rd_sel$d),
        .q(rd_sel$q),
        .clock(rd_sel$clock)
    );
    top$app$core$stdp$rpl rpl(
        .d(rpl$d),
        .q(rpl$q),
        .clock(rpl$clock)
    );
    top$app$core$stdp$pre_take pre_take(
        .d(pre_take$d),
        .q(pre_take$q),
        .clock(pre_take$clock)
    );
    top$app$core$stdp$dwx4 dwx4(
        .d(dwx4$d),
        .q(dwx4$q),
        .clock(dwx4$clock)
    );
    top$app$core$stdp$dwy4 dwy4(
        .d(dwy4$d),
        .q(dwy4$q),
        .clock(dwy4$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        s$clock = clock;
        m$clock = clock;
        any_spike$clock = clock;
        pmask$clock = clock;
        xmask$clock = clock;
        ymask$clock = clock;
        dv2$clock = clock;
        di2$clock = clock;
        dv3$clock = clock;
        di3$clock = clock;
        dv4$clock = clock;
        di4$clock = clock;
        dx4$clock = clock;
        dye4$clock = clock;
        dyo4$clock = clock;
        dx$clock = clock;
        dxs$clock = clock;
        dye$clock = clock;
        dyse$clock = clock;
        dyo$clock = clock;
        dyso$clock = clock;
        rpot$clock = clock;
        rg_pl$clock = clock;
        rg_x$clock = clock;
        mlast$clock = clock;
        rlast$clock = clock;
        active$clock = clock;
        fin$clock = clock;
        rwmin$clock = clock;
        rwmax$clock = clock;
        wq_pend$clock = clock;
        wcyc$clock = clock;
        wq_addr$clock = clock;
        lt_e$clock = clock;
        gt_e$clock = clock;
        lt_o$clock = clock;
        gt_o$clock = clock;
        pre$clock = clock;
        rw$clock = clock;
        gpot_e$clock = clock;
        gpot_o$clock = clock;
        gdep_e$clock = clock;
        gdep_o$clock = clock;
        rsum_e$clock = clock;
        rsum_o$clock = clock;
        req_e$clock = clock;
        req_o$clock = clock;
        ry_e$clock = clock;
        ry_o$clock = clock;
        rs_e$clock = clock;
        rs_o$clock = clock;
        post_pend$clock = clock;
        post_m$clock = clock;
        post_pend2$clock = clock;
        post_m2$clock = clock;
        rd_region$clock = clock;
        rd_odd$clock = clock;
        rd_sel$clock = clock;
        rpl$clock = clock;
        pre_take$clock = clock;
        dwx4$clock = clock;
        dwy4$clock = clock;
        state$d = state$q;
        s$d = s$q;
        m$d = m$q;
        any_spike$d = any_spike$q;
        pmask$d = pmask$q;
        xmask$d = xmask$q;
        ymask$d = ymask$q;
        dv2$d = dv2$q;
        di2$d = di2$q;
        dv3$d = dv3$q;
        di3$d = di3$q;
        dv4$d = dv4$q;
        di4$d = di4$q;
        dx4$d = dx4$q;
        dye4$d = dye4$q;
        dyo4$d = dyo4$q;
        dx$d = dx$q;
        dxs$d = dxs$q;
        dye$d = dye$q;
        dyse$d = dyse$q;
        dyo$d = dyo$q;
        dyso$d = dyso$q;
        rpot$d = rpot$q;
        rg_pl$d = rg_pl$q;
        rg_x$d = rg_x$q;
        mlast$d = mlast$q;
        rlast$d = rlast$q;
        active$d = active$q;
        fin$d = fin$q;
        rwmin$d = rwmin$q;
        rwmax$d = rwmax$q;
        wq_pend$d = wq_pend$q;
        wcyc$d = wcyc$q;
        wq_addr$d = wq_addr$q;
        lt_e$d = lt_e$q;
        gt_e$d = gt_e$q;
        lt_o$d = lt_o$q;
        gt_o$d = gt_o$q;
        pre$d = pre$q;
        rw$d = rw$q;
        gpot_e$d = gpot_e$q;
        gpot_o$d = gpot_o$q;
        gdep_e$d = gdep_e$q;
        gdep_o$d = gdep_o$q;
        rsum_e$d = rsum_e$q;
        rsum_o$d = rsum_o$q;
        req_e$d = req_e$q;
        req_o$d = req_o$q;
        ry_e$d = ry_e$q;
        ry_o$d = ry_o$q;
        rs_e$d = rs_e$q;
        rs_o$d = rs_o$q;
        post_pend$d = post_pend$q;
        post_m$d = post_m$q;
        post_pend2$d = post_pend2$q;
        post_m2$d = post_m2$q;
        rd_region$d = rd_region$q;
        rd_odd$d = rd_odd$q;
        rd_sel$d = rd_sel$q;
        rpl$d = rpl$q;
        pre_take$d = pre_take$q;
        dwx4$d = dwx4$q;
        dwy4$d = dwy4$q;
        pre_tr$clock = clock;
        pre_ev$clock = clock;
        plastic$clock = clock;
        post_e$clock = clock;
        post_o$clock = clock;
        spk_e$clock = clock;
        spk_o$clock = clock;
        pre_tr$read_enable = 1'b1;
        pre_ev$read_enable = 1'b1;
        plastic$read_enable = 1'b1;
        post_e$read_enable = 1'b1;
        post_o$read_enable = 1'b1;
        spk_e$read_enable = 1'b1;
        spk_o$read_enable = 1'b1;
        busy = active$q;
        fin$d = state$q[32'h8];
        done = fin$q;
        pre_tr$read_address = ((mem_idx) & 13'h1fff);
        pre_ev$read_address = ((mem_idx) & 13'h1fff);
        plastic$read_address = ((mem_idx) & 9'h1ff);
        post_e$read_address = mem_idx[(32'h1)+:(11)];
        post_o$read_address = mem_idx[(32'h1)+:(11)];
        spk_e$read_address = m$q;
        spk_o$read_address = m$q;
        pre_tr$write_address = ((mem_idx) & 13'h1fff);
        pre_tr$write_data = mem_wdata[(32'h0)+:(8)];
        pre_tr$write_enable = mem_write & (mem_region == 32'h0);
        plastic$write_address = ((mem_idx) & 9'h1ff);
        plastic$write_data = mem_wdata;
        plastic$write_enable = mem_write & (mem_region == 32'h2);
        post_e$write_address = mem_idx[(32'h1)+:(11)];
        post_o$write_address = mem_idx[(32'h1)+:(11)];
        post_e$write_data = mem_wdata[(32'h0)+:(8)];
        post_o$write_data = mem_wdata[(32'h0)+:(8)];
        post_e$write_enable = mem_write & (mem_region == 32'h1) & ~mem_idx[32'h0];
        post_o$write_enable = mem_write & (mem_region == 32'h1) & mem_idx[32'h0];
        rd_region$d = mem_region;
        rd_odd$d = mem_idx[32'h0];
        rd_sel$d = 32'h0;
        if (rd_region$q == 32'h0) begin
            rd_sel$d = 32'h1;
        end
        if ((rd_region$q == 32'h1) & ~rd_odd$q) begin
            rd_sel$d = 32'h2;
        end
        if ((rd_region$q == 32'h1) & rd_odd$q) begin
            rd_sel$d = 32'h4;
        end
        if (rd_region$q == 32'h2) begin
            rd_sel$d = 32'h8;
        end
        rpl$d = plastic$read_data;
        rd_x = 32'h0;
        if (rd_sel$q[32'h0]) begin
            rd_x = dx$q;
        end
        rd_ye = 32'h0;
        if (rd_sel$q[32'h1]) begin
            rd_ye = dye$q;
        end
        rd_yo = 32'h0;
        if (rd_sel$q[32'h2]) begin
            rd_yo = dyo$q;
        end
        rd_pl = 32'h0;
        if (rd_sel$q[32'h3]) begin
            rd_pl = rpl$q;
        end
        mem_rdata = ((rd_x | rd_ye | rd_yo) & 16'hffff) | rd_pl;
        pre_ev$write_address = ev_s;
        pre_ev$write_data = 1'b1;
        pre_take$d = ev_take & enable;
        pre_ev$write_enable = pre_take$q;
        spk_e$write_address = spike_n[(32'h1)+:(11)];
        spk_o$write_address = spike_n[(32'h1)+:(11)];
        spk_e$write_data = 1'b1;
        spk_o$write_data = 1'b1;
        spk_e$write_enable = spike_valid & enable & ~spike_n[32'h0];
        spk_o$write_enable = spike_valid & enable & spike_n[32'h0];
        if (spike_valid & enable) begin
            any_spike$d = 1'b1;
        end
        dv2$d = 1'b0;
        di2$d = s$q;
        dv3$d = dv2$q;
        di3$d = di2$q;
        dx$d = pre_tr$read_data;
        dye$d = post_e$read_data;
        dyo$d = post_o$read_data;
        xmask$d = ((32'hff) & 8'hff) << shifts[(32'h0)+:(3)];
        ymask$d = ((32'hff) & 8'hff) << shifts[(32'h4)+:(3)];
        xsh = (dx$q >> shifts[(32'h0)+:(3)]) | (((((dx$q & xmask$q) == 32'h0) & (dx$q != 32'h0))) & 8'hff);
        ysh_e = (dye$q >> shifts[(32'h4)+:(3)]) | (((((dye$q & ymask$q) == 32'h0) & (dye$q != 32'h0))) & 8'hff);
        ysh_o = (dyo$q >> shifts[(32'h4)+:(3)]) | (((((dyo$q & ymask$q) == 32'h0) & (dyo$q != 32'h0))) & 8'hff);
        dv4$d = dv3$q;
        di4$d = di3$q;
        dwx4$d = di3$q <= last_s;
        dwy4$d = ((last_m) & 13'h1fff) >= di3$q;
        dx4$d = dx$q;
        dye4$d = dye$q;
        dyo4$d = dyo$q;
        dxs$d = xsh;
        dyse$d = ysh_e;
        dyso$d = ysh_o;
        if (dv4$q) begin
            pre_tr$write_address = di4$q;
            pre_tr$write_data = dx4$q - dxs$q;
            pre_tr$write_enable = dwx4$q;
            post_e$write_address = di4$q[(32'h0)+:(11)];
            post_o$write_address = di4$q[(32'h0)+:(11)];
            post_e$write_data = dye4$q - dyse$q;
            post_o$write_data = dyo4$q - dyso$q;
            post_e$write_enable = dwy4$q;
            post_o$write_enable = dwy4$q;
        end
        x_jump = ((dx$q) & 9'h1ff) + ((increments[(32'h0)+:(8)]) & 9'h1ff);
        pmask$d = ((32'hff) & 8'hff) << shifts[(32'h8)+:(3)];
        w_e = ((rw$q[(32'h0)+:(8)]) & 10'h3ff);
        if (rw$q[32'h7]) begin
            w_e = ((rw$q[(32'h0)+:(8)]) & 10'h3ff) | ((32'h300) & 10'h3ff);
        end
        w_o = ((rw$q[(32'h8)+:(8)]) & 10'h3ff);
        if (rw$q[32'hf]) begin
            w_o = ((rw$q[(32'h8)+:(8)]) & 10'h3ff) | ((32'h300) & 10'h3ff);
        end
        wmin = ((bounds[(32'h0)+:(8)]) & 10'h3ff);
        if (bounds[32'h7]) begin
            wmin = ((bounds[(32'h0)+:(8)]) & 10'h3ff) | ((32'h300) & 10'h3ff);
        end
        wmax = ((bounds[(32'h8)+:(8)]) & 10'h3ff);
        if (bounds[32'hf]) begin
            wmax = ((bounds[(32'h8)+:(8)]) & 10'h3ff) | ((32'h300) & 10'h3ff);
        end
        rwmin$d = wmin;
        rwmax$d = wmax;
        new_e = rsum_e$q[(32'h0)+:(8)];
        if (lt_e$q) begin
            new_e = rwmin$q[(32'h0)+:(8)];
        end
        if (gt_e$q) begin
            new_e = rwmax$q[(32'h0)+:(8)];
        end
        if (req_e$q) begin
            new_e = rw$q[(32'h0)+:(8)];
        end
        new_o = rsum_o$q[(32'h0)+:(8)];
        if (lt_o$q) begin
            new_o = rwmin$q[(32'h0)+:(8)];
        end
        if (gt_o$q) begin
            new_o = rwmax$q[(32'h0)+:(8)];
        end
        if (req_o$q) begin
            new_o = rw$q[(32'h8)+:(8)];
        end
        m_next = (m$q + 32'h1) & m_mask;
        rd_m = m$q;
        if (state$q[32'h6]) begin
            rd_m = m_next;
        end
        w_addr = (((s$q) & 16'hffff) << row_shift) | ((rd_m) & 16'hffff);
        w_wdata = (((new_o) & 16'hffff) << 32'h8) | ((new_e) & 16'hffff);
        w_write = wcyc$q;
        wcyc$d = (state$q[32'h6] & mlast$q) | (state$q[32'h3] & wq_pend$q);
        if (wcyc$q) begin
            w_addr = wq_addr$q;
            wq_pend$d = 1'b0;
        end
        yj_e = ((ry_e$q) & 9'h1ff) + ((increments[(32'h8)+:(8)]) & 9'h1ff);
        yj_o = ((ry_o$q) & 9'h1ff) + ((increments[(32'h8)+:(8)]) & 9'h1ff);
        s_inc = (s$q + 32'h1) & s_mask;
        if (~active$q & start) begin
            active$d = 1'b1;
            state$d = 32'h1000;
            s$d = 32'h0;
        end
        if (state$q[32'hc]) begin
            pre_tr$read_address = s$q;
            post_e$read_address = s$q[(32'h0)+:(11)];
            post_o$read_address = s$q[(32'h0)+:(11)];
            dv2$d = 1'b1;
            s$d = s_inc;
            if (s$q == last_d) begin
                state$d = 32'h2000;
            end
        end
        if (state$q[32'hd] & dv4$q & ~dv3$q) begin
            s$d = 32'h0;
            m$d = 32'h0;
            state$d = 32'h2;
        end
        if (state$q[32'hd]) begin
            pre_tr$read_address = 32'h0;
            plastic$read_address = 32'h0;
        end
        if (state$q[32'h9] | state$q[32'h6]) begin
            pre_tr$read_address = s_inc;
            plastic$read_address = s_inc[(32'h4)+:(9)];
        end
        if (state$q[32'h1]) begin
            pre_tr$read_address = s$q;
            pre_ev$read_address = s$q;
            plastic$read_address = s$q[(32'h4)+:(9)];
            state$d = 32'h4;
        end
        if (state$q[32'h2]) begin
            rg_pl$d = rpl$q[s$q[(32'h0)+:(4)]];
            rg_x$d = (dx$q & pmask$q) != 32'h0;
            rlast$d = s$q == last_s;
            pre$d = pre_ev$read_data;
            state$d = 32'h200;
        end
        go = rg_pl$q & (pre$q | (any_spike$q & rg_x$q));
        if (state$q[32'h9]) begin
            rpot$d = dx$q >> shifts[(32'h8)+:(3)];
            pre_tr$write_address = s$q;
            pre_tr$write_data = x_jump[(32'h0)+:(8)];
            if (x_jump[32'h8]) begin
                pre_tr$write_data = 32'hff;
            end
            pre_tr$write_enable = pre$q;
            pre_ev$write_address = s$q;
            pre_ev$write_data = 1'b0;
            pre_ev$write_enable = 1'b1;
            mlast$d = one_word;
            if (go) begin
                state$d = 32'h8;
            end
            else if (rlast$q) begin
                state$d = 32'h80;
            end
            else begin
                s$d = s_inc;
                state$d = 32'h2;
            end
        end
        if (state$q[32'h3]) begin
            post_e$read_address = m$q;
            post_o$read_address = m$q;
            state$d = 32'h800;
        end
        if (state$q[32'hb]) begin
            state$d = 32'h10;
        end
        if (state$q[32'h4]) begin
            rw$d = w_rdata;
            gpot_e$d = 32'h0;
            gpot_o$d = 32'h0;
            gdep_e$d = 32'h0;
            gdep_o$d = 32'h0;
            if (rs_e$q) begin
                gpot_e$d = rpot$q;
            end
            if (rs_o$q) begin
                gpot_o$d = rpot$q;
            end
            if (pre$q) begin
                gdep_e$d = ry_e$q >> shifts[(32'hc)+:(3)];
                gdep_o$d = ry_o$q >> shifts[(32'hc)+:(3)];
            end
            state$d = 32'h20;
        end
        if (state$q[32'h5]) begin
            rsum_e$d = w_e + ((gpot_e$q) & 10'h3ff) - ((gdep_e$q) & 10'h3ff);
            rsum_o$d = w_o + ((gpot_o$q) & 10'h3ff) - ((gdep_o$q) & 10'h3ff);
            req_e$d = gpot_e$q == gdep_e$q;
            req_o$d = gpot_o$q == gdep_o$q;
            state$d = 32'h40;
        end
        if (state$q[32'h6]) begin
            wq_pend$d = 1'b1;
            wq_addr$d = (((s$q) & 16'hffff) << row_shift) | ((m$q) & 16'hffff);
            lt_e$d = (rsum_e$q ^ 32'h200) < (rwmin$q ^ 32'h200);
            gt_e$d = (rsum_e$q ^ 32'h200) > (rwmax$q ^ 32'h200);
            lt_o$d = (rsum_o$q ^ 32'h200) < (rwmin$q ^ 32'h200);
            gt_o$d = (rsum_o$q ^ 32'h200) > (rwmax$q ^ 32'h200);
            if (mlast$q) begin
                m$d = 32'h0;
                mlast$d = one_word;
                if (rlast$q) begin
                    state$d = 32'h80;
                end
                else begin
                    s$d = s_inc;
                    state$d = 32'h2;
                end
            end
            else begin
                m$d = m_next;
                mlast$d = m$q == before_last_m;
                state$d = 32'h8;
            end
        end
        post_pend$d = 1'b0;
        if (state$q[32'h7]) begin
            post_e$read_address = m$q;
            post_o$read_address = m$q;
            post_pend$d = 1'b1;
            post_m$d = m$q;
            m$d = (m$q + 32'h1) & m_mask;
            mlast$d = m$q == before_last_m;
            if (mlast$q) begin
                state$d = 32'h100;
            end
        end
        post_pend2$d = post_pend$q;
        post_m2$d = post_m$q;
        ry_e$d = post_e$read_data;
        ry_o$d = post_o$read_data;
        rs_e$d = spk_e$read_data;
        rs_o$d = spk_o$read_data;
        if (post_pend2$q) begin
            post_e$write_address = post_m2$q;
            post_o$write_address = post_m2$q;
            post_e$write_data = ry_e$q;
            post_o$write_data = ry_o$q;
            if (rs_e$q) begin
                post_e$write_data = yj_e[(32'h0)+:(8)];
                if (yj_e[32'h8]) begin
                    post_e$write_data = 32'hff;
                end
            end
            if (rs_o$q) begin
                post_o$write_data = yj_o[(32'h0)+:(8)];
                if (yj_o[32'h8]) begin
                    post_o$write_data = 32'hff;
                end
            end
            post_e$write_enable = 1'b1;
            post_o$write_enable = 1'b1;
            spk_e$write_address = post_m2$q;
            spk_o$write_address = post_m2$q;
            spk_e$write_data = 1'b0;
            spk_o$write_data = 1'b0;
            spk_e$write_enable = 1'b1;
            spk_o$write_enable = 1'b1;
        end
        if (state$q[32'h8]) begin
            state$d = 32'h400;
        end
        if (fin$q) begin
            active$d = 1'b0;
            any_spike$d = 1'b0;
            state$d = 32'h0;
        end
        if (clear) begin
            pre_tr$write_address = clear_idx;
            pre_tr$write_data = 32'h0;
            pre_tr$write_enable = clear_idx <= last_s;
            pre_ev$write_address = clear_idx;
            pre_ev$write_data = 1'b0;
            pre_ev$write_enable = clear_idx <= last_s;
            post_e$write_address = clear_idx[(32'h0)+:(11)];
            post_o$write_address = clear_idx[(32'h0)+:(11)];
            post_e$write_data = 32'h0;
            post_o$write_data = 32'h0;
            post_e$write_enable = ((last_m) & 13'h1fff) >= clear_idx;
            post_o$write_enable = ((last_m) & 13'h1fff) >= clear_idx;
            spk_e$write_address = clear_idx[(32'h0)+:(11)];
            spk_o$write_address = clear_idx[(32'h0)+:(11)];
            spk_e$write_data = 1'b0;
            spk_o$write_data = 1'b0;
            spk_e$write_enable = ((last_m) & 13'h1fff) >= clear_idx;
            spk_o$write_enable = ((last_m) & 13'h1fff) >= clear_idx;
            any_spike$d = 1'b0;
        end
    end
    
endmodule // top$app$core$stdp


module top$app$core$stdp$active(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$active


module top$app$core$stdp$any_spike(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$any_spike


module top$app$core$stdp$di2(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$di2


module top$app$core$stdp$di3(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$di3


module top$app$core$stdp$di4(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$di4


module top$app$core$stdp$dv2(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$dv2


module top$app$core$stdp$dv3(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$dv3


module top$app$core$stdp$dv4(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$dv4


module top$app$core$stdp$dwx4(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$dwx4


module top$app$core$stdp$dwy4(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$dwy4


module top$app$core$stdp$dx(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$dx


module top$app$core$stdp$dx4(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$dx4


module top$app$core$stdp$dxs(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$dxs


module top$app$core$stdp$dye(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$dye


module top$app$core$stdp$dye4(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$dye4


module top$app$core$stdp$dyo(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$dyo


module top$app$core$stdp$dyo4(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$dyo4


module top$app$core$stdp$dyse(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$dyse


module top$app$core$stdp$dyso(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$dyso


module top$app$core$stdp$fin(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$fin


module top$app$core$stdp$gdep_e(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$gdep_e


module top$app$core$stdp$gdep_o(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$gdep_o


module top$app$core$stdp$gpot_e(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$gpot_e


module top$app$core$stdp$gpot_o(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$gpot_o


module top$app$core$stdp$gt_e(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$gt_e


module top$app$core$stdp$gt_o(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$gt_o


module top$app$core$stdp$lt_e(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$lt_e


module top$app$core$stdp$lt_o(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$lt_o


module top$app$core$stdp$m(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$m


module top$app$core$stdp$mlast(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$mlast


module top$app$core$stdp$plastic(clock,read_address,read_enable,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] read_address;
    input wire  read_enable;
    output reg  [15:0] read_data;
    input wire  [8:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [15:0] mem [0:31];
    integer k;
    initial begin
       for (k = 0; k <= 31; k = k + 1) mem[k] = 0;
    end
    
    always @(posedge clock) begin
       if (read_enable) begin
          read_data <= mem[read_address];
       end
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$app$core$stdp$plastic


module top$app$core$stdp$pmask(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$pmask


module top$app$core$stdp$post_e(clock,read_address,read_enable,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    input wire  read_enable;
    output reg  [7:0] read_data;
    input wire  [10:0] write_address;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [7:0] mem [0:127];
    integer k;
    initial begin
       for (k = 0; k <= 127; k = k + 1) mem[k] = 0;
    end
    
    always @(posedge clock) begin
       if (read_enable) begin
          read_data <= mem[read_address];
       end
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$app$core$stdp$post_e


module top$app$core$stdp$post_m(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$post_m


module top$app$core$stdp$post_m2(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$post_m2


module top$app$core$stdp$post_o(clock,read_address,read_enable,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    input wire  read_enable;
    output reg  [7:0] read_data;
    input wire  [10:0] write_address;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [7:0] mem [0:127];
    integer k;
    initial begin
       for (k = 0; k <= 127; k = k + 1) mem[k] = 0;
    end
    
    always @(posedge clock) begin
       if (read_enable) begin
          read_data <= mem[read_address];
       end
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$app$core$stdp$post_o


module top$app$core$stdp$post_pend(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$post_pend


module top$app$core$stdp$post_pend2(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$post_pend2


module top$app$core$stdp$pre(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$pre


module top$app$core$stdp$pre_ev(clock,read_address,read_enable,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [12:0] read_address;
    input wire  read_enable;
    output reg  read_data;
    input wire  [12:0] write_address;
    input wire  write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [0:0] mem [0:511];
    integer k;
    initial begin
       for (k = 0; k <= 511; k = k + 1) mem[k] = 0;
    end
    
    always @(posedge clock) begin
       if (read_enable) begin
          read_data <= mem[read_address];
       end
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$app$core$stdp$pre_ev


module top$app$core$stdp$pre_take(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$pre_take


module top$app$core$stdp$pre_tr(clock,read_address,read_enable,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [12:0] read_address;
    input wire  read_enable;
    output reg  [7:0] read_data;
    input wire  [12:0] write_address;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [7:0] mem [0:511];
    integer k;
    initial begin
       for (k = 0; k <= 511; k = k + 1) mem[k] = 0;
    end
    
    always @(posedge clock) begin
       if (read_enable) begin
          read_data <= mem[read_address];
       end
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$app$core$stdp$pre_tr


module top$app$core$stdp$rd_odd(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$rd_odd


module top$app$core$stdp$rd_region(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$rd_region


module top$app$core$stdp$rd_sel(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$rd_sel


module top$app$core$stdp$req_e(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$req_e


module top$app$core$stdp$req_o(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$req_o


module top$app$core$stdp$rg_pl(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$rg_pl


module top$app$core$stdp$rg_x(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$rg_x


module top$app$core$stdp$rlast(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$rlast


module top$app$core$stdp$rpl(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$rpl


module top$app$core$stdp$rpot(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$rpot


module top$app$core$stdp$rs_e(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$rs_e


module top$app$core$stdp$rs_o(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$rs_o


module top$app$core$stdp$rsum_e(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$rsum_e


module top$app$core$stdp$rsum_o(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$rsum_o


module top$app$core$stdp$rw(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$rw


module top$app$core$stdp$rwmax(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$rwmax


module top$app$core$stdp$rwmin(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$rwmin


module top$app$core$stdp$ry_e(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$ry_e


module top$app$core$stdp$ry_o(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$ry_o


module top$app$core$stdp$s(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$s


module top$app$core$stdp$spk_e(clock,read_address,read_enable,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    input wire  read_enable;
    output reg  read_data;
    input wire  [10:0] write_address;
    input wire  write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [0:0] mem [0:127];
    integer k;
    initial begin
       for (k = 0; k <= 127; k = k + 1) mem[k] = 0;
    end
    
    always @(posedge clock) begin
       if (read_enable) begin
          read_data <= mem[read_address];
       end
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$app$core$stdp$spk_e


module top$app$core$stdp$spk_o(clock,read_address,read_enable,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    input wire  read_enable;
    output reg  read_data;
    input wire  [10:0] write_address;
    input wire  write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [0:0] mem [0:127];
    integer k;
    initial begin
       for (k = 0; k <= 127; k = k + 1) mem[k] = 0;
    end
    
    always @(posedge clock) begin
       if (read_enable) begin
          read_data <= mem[read_address];
       end
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$app$core$stdp$spk_o


module top$app$core$stdp$state(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$state


module top$app$core$stdp$wcyc(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$wcyc


module top$app$core$stdp$wq_addr(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$wq_addr


module top$app$core$stdp$wq_pend(d,q,clock);
    
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
          
endmodule // top$app$core$stdp$wq_pend


module top$app$core$stdp$xmask(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$xmask


module top$app$core$stdp$ymask(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp$ymask


module top$app$core$stdp_bounds(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp_bounds


module top$app$core$stdp_en(d,q,clock);
    
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
          
endmodule // top$app$core$stdp_en


module top$app$core$stdp_inc(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp_inc


module top$app$core$stdp_shifts(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$stdp_shifts


module top$app$core$syn(clock,ev_valid,ev_s,ev_take,idle,idle_next,row_s,weight_shift,lif_read,lif_n,lif_acc,wmem_addr,wmem_wdata,wmem_write,wmem_rdata);
    
    // Module arguments
    input wire  clock;
    input wire  ev_valid;
    input wire  [12:0] ev_s;
    output reg  ev_take;
    output reg  idle;
    output reg  idle_next;
    output reg  [12:0] row_s;
    input wire  [2:0] weight_shift;
    input wire  lif_read;
    input wire  [11:0] lif_n;
    output reg  [25:0] lif_acc;
    input wire  [15:0] wmem_addr;
    input wire  [15:0] wmem_wdata;
    input wire  wmem_write;
    output reg  [15:0] wmem_rdata;
    
    // Constant declarations
    localparam  row_shift = 4'h7;
    localparam  last_m = 11'b1111111;
    localparam  m_mask = 11'b1111111;
    localparam  before_last_m = 11'b1111110;
    localparam  one_word = 1'b0;
    localparam  short_rows = 1'b0;
    
    // Stub signals
    reg  weights$clock;
    reg  [15:0] weights$address;
    reg  [15:0] weights$write_data;
    reg  weights$write_enable;
    wire  [15:0] weights$read_data;
    reg  acc_even$clock;
    reg  [10:0] acc_even$read_address;
    reg  acc_even$read_enable;
    wire  [25:0] acc_even$read_data;
    reg  [10:0] acc_even$write_address;
    reg  [25:0] acc_even$write_data;
    reg  acc_even$write_enable;
    reg  acc_odd$clock;
    reg  [10:0] acc_odd$read_address;
    reg  acc_odd$read_enable;
    wire  [25:0] acc_odd$read_data;
    reg  [10:0] acc_odd$write_address;
    reg  [25:0] acc_odd$write_data;
    reg  acc_odd$write_enable;
    reg  cur_valid$d;
    wire  cur_valid$q;
    reg  cur_valid$clock;
    reg  [12:0] cur_s$d;
    wire  [12:0] cur_s$q;
    reg  cur_s$clock;
    reg  [10:0] m$d;
    wire  [10:0] m$q;
    reg  m$clock;
    reg  m_last$d;
    wire  m_last$q;
    reg  m_last$clock;
    reg  held$d;
    wire  held$q;
    reg  held$clock;
    reg  r0_valid$d;
    wire  r0_valid$q;
    reg  r0_valid$clock;
    reg  [10:0] r0_m$d;
    wire  [10:0] r0_m$q;
    reg  r0_m$clock;
    reg  r1_valid$d;
    wire  r1_valid$q;
    reg  r1_valid$clock;
    reg  [10:0] r1_m$d;
    wire  [10:0] r1_m$q;
    reg  r1_m$clock;
    reg  r2_valid$d;
    wire  r2_valid$q;
    reg  r2_valid$clock;
    reg  [10:0] r2_m$d;
    wire  [10:0] r2_m$q;
    reg  r2_m$clock;
    reg  r3_valid$d;
    wire  r3_valid$q;
    reg  r3_valid$clock;
    reg  [10:0] r3_m$d;
    wire  [10:0] r3_m$q;
    reg  r3_m$clock;
    reg  [15:0] r3_w$d;
    wire  [15:0] r3_w$q;
    reg  r3_w$clock;
    reg  r4_valid$d;
    wire  r4_valid$q;
    reg  r4_valid$clock;
    reg  [10:0] r4_m$d;
    wire  [10:0] r4_m$q;
    reg  r4_m$clock;
    reg  [25:0] r4_se$d;
    wire  [25:0] r4_se$q;
    reg  r4_se$clock;
    reg  [25:0] r4_so$d;
    wire  [25:0] r4_so$q;
    reg  r4_so$clock;
    reg  [25:0] r4_ae$d;
    wire  [25:0] r4_ae$q;
    reg  r4_ae$clock;
    reg  [25:0] r4_ao$d;
    wire  [25:0] r4_ao$q;
    reg  r4_ao$clock;
    reg  r4_f1$d;
    wire  r4_f1$q;
    reg  r4_f1$clock;
    reg  r4_f2$d;
    wire  r4_f2$q;
    reg  r4_f2$clock;
    reg  h1_valid$d;
    wire  h1_valid$q;
    reg  h1_valid$clock;
    reg  [10:0] h1_m$d;
    wire  [10:0] h1_m$q;
    reg  h1_m$clock;
    reg  [25:0] h1_e$d;
    wire  [25:0] h1_e$q;
    reg  h1_e$clock;
    reg  [25:0] h1_o$d;
    wire  [25:0] h1_o$q;
    reg  h1_o$clock;
    reg  [25:0] h2_e$d;
    wire  [25:0] h2_e$q;
    reg  h2_e$clock;
    reg  [25:0] h2_o$d;
    wire  [25:0] h2_o$q;
    reg  h2_o$clock;
    reg  lif_pend$d;
    wire  lif_pend$q;
    reg  lif_pend$clock;
    reg  lif_odd$d;
    wire  lif_odd$q;
    reg  lif_odd$clock;
    reg  [10:0] lif_word$d;
    wire  [10:0] lif_word$q;
    reg  lif_word$clock;
    reg  [25:0] lif_e$d;
    wire  [25:0] lif_e$q;
    reg  lif_e$clock;
    reg  [25:0] lif_o$d;
    wire  [25:0] lif_o$q;
    reg  lif_o$clock;
    reg  lif_odd2$d;
    wire  lif_odd2$q;
    reg  lif_odd2$clock;
    
    // Local signals
    reg  take;
    reg  [25:0] we_x;
    reg  [25:0] wo_x;
    reg  [25:0] fe;
    reg  [25:0] fo;
    reg  [25:0] sum_e;
    reg  [25:0] sum_o;
    
    // Sub module instances
    top$app$core$syn$weights weights(
        .clock(weights$clock),
        .address(weights$address),
        .write_data(weights$write_data),
        .write_enable(weights$write_enable),
        .read_data(weights$read_data)
    );
    top$app$core$syn$acc_even acc_even(
        .clock(acc_even$clock),
        .read_address(acc_even$read_address),
        .read_enable(acc_even$read_enable),
        .read_data(acc_even$read_data),
        .write_address(acc_even$write_address),
        .write_data(acc_even$write_data),
        .write_enable(acc_even$write_enable)
    );
    top$app$core$syn$acc_odd acc_odd(
        .clock(acc_odd$clock),
        .read_address(acc_odd$read_address),
        .read_enable(acc_odd$read_enable),
        .read_data(acc_odd$read_data),
        .write_address(acc_odd$write_address),
        .write_data(acc_odd$write_data),
        .write_enable(acc_odd$write_enable)
    );
    top$app$core$syn$cur_valid cur_valid(
        .d(cur_valid$d),
        .q(cur_valid$q),
        .clock(cur_valid$clock)
    );
    top$app$core$syn$cur_s cur_s(
        .d(cur_s$d),
        .q(cur_s$q),
        .clock(cur_s$clock)
    );
    top$app$core$syn$m m(
        .d(m$d),
        .q(m$q),
        .clock(m$clock)
    );
    top$app$core$syn$m_last m_last(
        .d(m_last$d),
        .q(m_last$q),
        .clock(m_last$clock)
    );
    top$app$core$syn$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    top$app$core$syn$r0_valid r0_valid(
        .d(r0_valid$d),
        .q(r0_valid$q),
        .clock(r0_valid$clock)
    );
    top$app$core$syn$r0_m r0_m(
        .d(r0_m$d),
        .q(r0_m$q),
        .clock(r0_m$clock)
    );
    top$app$core$syn$r1_valid r1_valid(
        .d(r1_valid$d),
        .q(r1_valid$q),
        .clock(r1_valid$clock)
    );
    top$app$core$syn$r1_m r1_m(
        .d(r1_m$d),
        .q(r1_m$q),
        .clock(r1_m$clock)
    );
    top$app$core$syn$r2_valid r2_valid(
        .d(r2_valid$d),
        .q(r2_valid$q),
        .clock(r2_valid$clock)
    );
    top$app$core$syn$r2_m r2_m(
        .d(r2_m$d),
        .q(r2_m$q),
        .clock(r2_m$clock)
    );
    top$app$core$syn$r3_valid r3_valid(
        .d(r3_valid$d),
        .q(r3_valid$q),
        .clock(r3_valid$clock)
    );
    top$app$core$syn$r3_m r3_m(
        .d(r3_m$d),
        .q(r3_m$q),
        .clock(r3_m$clock)
    );
    top$app$core$syn$r3_w r3_w(
        .d(r3_w$d),
        .q(r3_w$q),
        .clock(r3_w$clock)
    );
    top$app$core$syn$r4_valid r4_valid(
        .d(r4_valid$d),
        .q(r4_valid$q),
        .clock(r4_valid$clock)
    );
    top$app$core$syn$r4_m r4_m(
        .d(r4_m$d),
        .q(r4_m$q),
        .clock(r4_m$clock)
    );
    top$app$core$syn$r4_se r4_se(
        .d(r4_se$d),
        .q(r4_se$q),
        .clock(r4_se$clock)
    );
    top$app$core$syn$r4_so r4_so(
        .d(r4_so$d),
        .q(r4_so$q),
        .clock(r4_so$clock)
    );
    top$app$core$syn$r4_ae r4_ae(
        .d(r4_ae$d),
        .q(r4_ae$q),
        .clock(r4_ae$clock)
    );
    top$app$core$syn$r4_ao r4_ao(
        .d(r4_ao$d),
        .q(r4_ao$q),
        .clock(r4_ao$clock)
    );
    top$app$core$syn$r4_f1 r4_f1(
        .d(r4_f1$d),
        .q(r4_f1$q),
        .clock(r4_f1$clock)
    );
    top$app$core$syn$r4_f2 r4_f2(
        .d(r4_f2$d),
        .q(r4_f2$q),
        .clock(r4_f2$clock)
    );
    top$app$core$syn$h1_valid h1_valid(
        .d(h1_valid$d),
        .q(h1_valid$q),
        .clock(h1_valid$clock)
    );
    top$app$core$syn$h1_m h1_m(
        .d(h1_m$d),
        .q(h1_m$q),
        .clock(h1_m$clock)
    );
    top$app$core$syn$h1_e h1_e(
        .d(h1_e$d),
        .q(h1_e$q),
        .clock(h1_e$clock)
    );
    top$app$core$syn$h1_o h1_o(
        .d(h1_o$d),
        .q(h1_o$q),
        .clock(h1_o$clock)
    );
    top$app$core$syn$h2_e h2_e(
        .d(h2_e$d),
        .q(h2_e$q),
        .clock(h2_e$clock)
    );
    top$app$core$syn$h2_o h2_o(
        .d(h2_o$d),
        .q(h2_o$q),
        .clock(h2_o$clock)
    );
    top$app$core$syn$lif_pend lif_pend(
        .d(lif_pend$d),
        .q(lif_pend$q),
        .clock(lif_pend$clock)
    );
    top$app$core$syn$lif_odd lif_odd(
        .d(lif_odd$d),
        .q(lif_odd$q),
        .clock(lif_odd$clock)
    );
    top$app$core$syn$lif_word lif_word(
        .d(lif_word$d),
        .q(lif_word$q),
        .clock(lif_word$clock)
    );
    top$app$core$syn$lif_e lif_e(
        .d(lif_e$d),
        .q(lif_e$q),
        .clock(lif_e$clock)
    );
    top$app$core$syn$lif_o lif_o(
        .d(lif_o$d),
        .q(lif_o$q),
        .clock(lif_o$clock)
    );
    top$app$core$syn$lif_odd2 lif_odd2(
        .d(lif_odd2$d),
        .q(lif_odd2$q),
        .clock(lif_odd2$clock)
    );
    
    // Update code
    always @(*) begin
        cur_valid$clock = clock;
        cur_s$clock = clock;
        m$clock = clock;
        m_last$clock = clock;
        held$clock = clock;
        r0_valid$clock = clock;
        r0_m$clock = clock;
        r1_valid$clock = clock;
        r1_m$clock = clock;
        r2_valid$clock = clock;
        r2_m$clock = clock;
        r3_valid$clock = clock;
        r3_m$clock = clock;
        r3_w$clock = clock;
        r4_valid$clock = clock;
        r4_m$clock = clock;
        r4_se$clock = clock;
        r4_so$clock = clock;
        r4_ae$clock = clock;
        r4_ao$clock = clock;
        r4_f1$clock = clock;
        r4_f2$clock = clock;
        h1_valid$clock = clock;
        h1_m$clock = clock;
        h1_e$clock = clock;
        h1_o$clock = clock;
        h2_e$clock = clock;
        h2_o$clock = clock;
        lif_pend$clock = clock;
        lif_odd$clock = clock;
        lif_word$clock = clock;
        lif_e$clock = clock;
        lif_o$clock = clock;
        lif_odd2$clock = clock;
        cur_valid$d = cur_valid$q;
        cur_s$d = cur_s$q;
        m$d = m$q;
        m_last$d = m_last$q;
        held$d = held$q;
        r0_valid$d = r0_valid$q;
        r0_m$d = r0_m$q;
        r1_valid$d = r1_valid$q;
        r1_m$d = r1_m$q;
        r2_valid$d = r2_valid$q;
        r2_m$d = r2_m$q;
        r3_valid$d = r3_valid$q;
        r3_m$d = r3_m$q;
        r3_w$d = r3_w$q;
        r4_valid$d = r4_valid$q;
        r4_m$d = r4_m$q;
        r4_se$d = r4_se$q;
        r4_so$d = r4_so$q;
        r4_ae$d = r4_ae$q;
        r4_ao$d = r4_ao$q;
        r4_f1$d = r4_f1$q;
        r4_f2$d = r4_f2$q;
        h1_valid$d = h1_valid$q;
        h1_m$d = h1_m$q;
        h1_e$d = h1_e$q;
        h1_o$d = h1_o$q;
        h2_e$d = h2_e$q;
        h2_o$d = h2_o$q;
        lif_pend$d = lif_pend$q;
        lif_odd$d = lif_odd$q;
        lif_word$d = lif_word$q;
        lif_e$d = lif_e$q;
        lif_o$d = lif_o$q;
        lif_odd2$d = lif_odd2$q;
        weights$clock = clock;
        acc_even$clock = clock;
        acc_odd$clock = clock;
        acc_even$read_enable = 1'b1;
        acc_odd$read_enable = 1'b1;
        take = ev_valid & ~held$q;
        held$d = cur_valid$q & ~m_last$q & (m$q != before_last_m);
        ev_take = take;
        row_s = cur_s$q;
        if (cur_valid$q) begin
            m$d = (m$q + 32'h1) & m_mask;
            m_last$d = m$q == before_last_m;
            if (m_last$q) begin
                cur_valid$d = 1'b0;
            end
        end
        if (take) begin
            cur_valid$d = 1'b1;
            cur_s$d = ev_s;
            m$d = 32'h0;
            m_last$d = one_word;
            held$d = ~one_word;
        end
        idle_next = ~cur_valid$q & ~r0_valid$q & ~r1_valid$q & ~r2_valid$q & ~r3_valid$q;
        idle = idle_next & ~r4_valid$q;
        weights$address = wmem_addr;
        weights$write_data = wmem_wdata;
        weights$write_enable = wmem_write & ~cur_valid$q;
        if (cur_valid$q) begin
            weights$address = (((cur_s$q) & 16'hffff) << row_shift) | ((m$q) & 16'hffff);
        end
        wmem_rdata = weights$read_data;
        r0_valid$d = cur_valid$q;
        r0_m$d = m$q;
        r1_valid$d = r0_valid$q;
        r1_m$d = r0_m$q;
        r2_valid$d = r1_valid$q;
        r2_m$d = r1_m$q;
        acc_even$read_address = r2_m$q;
        acc_odd$read_address = r2_m$q;
        if (lif_read) begin
            acc_even$read_address = lif_n[(32'h1)+:(11)];
            acc_odd$read_address = lif_n[(32'h1)+:(11)];
        end
        r3_valid$d = r2_valid$q;
        r3_m$d = r2_m$q;
        r3_w$d = weights$read_data;
        we_x = ((r3_w$q[(32'h0)+:(8)]) & 26'h3ffffff);
        if (r3_w$q[32'h7]) begin
            we_x = ((r3_w$q[(32'h0)+:(8)]) & 26'h3ffffff) | ((32'h3ffff00) & 26'h3ffffff);
        end
        wo_x = ((r3_w$q[(32'h8)+:(8)]) & 26'h3ffffff);
        if (r3_w$q[32'hf]) begin
            wo_x = ((r3_w$q[(32'h8)+:(8)]) & 26'h3ffffff) | ((32'h3ffff00) & 26'h3ffffff);
        end
        r4_valid$d = r3_valid$q;
        r4_m$d = r3_m$q;
        r4_se$d = we_x << weight_shift;
        r4_so$d = wo_x << weight_shift;
        r4_ae$d = acc_even$read_data;
        r4_ao$d = acc_odd$read_data;
        r4_f1$d = short_rows & r4_valid$q & (r4_m$q == r3_m$q);
        r4_f2$d = short_rows & h1_valid$q & (h1_m$q == r3_m$q);
        fe = r4_ae$q;
        fo = r4_ao$q;
        if (r4_f2$q) begin
            fe = h2_e$q;
            fo = h2_o$q;
        end
        if (r4_f1$q) begin
            fe = h1_e$q;
            fo = h1_o$q;
        end
        sum_e = fe + r4_se$q;
        sum_o = fo + r4_so$q;
        h1_valid$d = r4_valid$q;
        h1_m$d = r4_m$q;
        h1_e$d = sum_e;
        h1_o$d = sum_o;
        h2_e$d = h1_e$q;
        h2_o$d = h1_o$q;
        acc_even$write_address = r4_m$q;
        acc_odd$write_address = r4_m$q;
        acc_even$write_data = sum_e;
        acc_odd$write_data = sum_o;
        acc_even$write_enable = r4_valid$q;
        acc_odd$write_enable = r4_valid$q;
        lif_pend$d = lif_read;
        lif_odd$d = lif_n[32'h0];
        lif_word$d = lif_n[(32'h1)+:(11)];
        lif_e$d = acc_even$read_data;
        lif_o$d = acc_odd$read_data;
        lif_odd2$d = lif_odd$q;
        lif_acc = lif_e$q;
        if (lif_odd2$q) begin
            lif_acc = lif_o$q;
        end
        if (lif_pend$q) begin
            acc_even$write_address = lif_word$q;
            acc_odd$write_address = lif_word$q;
            acc_even$write_data = 32'h0;
            acc_odd$write_data = 32'h0;
            acc_even$write_enable = ~lif_odd$q;
            acc_odd$write_enable = lif_odd$q;
        end
    end
    
endmodule // top$app$core$syn


module top$app$core$syn$acc_even(clock,read_address,read_enable,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    input wire  read_enable;
    output reg  [25:0] read_data;
    input wire  [10:0] write_address;
    input wire  [25:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [25:0] mem [0:127];
    integer k;
    initial begin
       for (k = 0; k <= 127; k = k + 1) mem[k] = 0;
    end
    
    always @(posedge clock) begin
       if (read_enable) begin
          read_data <= mem[read_address];
       end
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$app$core$syn$acc_even


module top$app$core$syn$acc_odd(clock,read_address,read_enable,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    input wire  read_enable;
    output reg  [25:0] read_data;
    input wire  [10:0] write_address;
    input wire  [25:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [25:0] mem [0:127];
    integer k;
    initial begin
       for (k = 0; k <= 127; k = k + 1) mem[k] = 0;
    end
    
    always @(posedge clock) begin
       if (read_enable) begin
          read_data <= mem[read_address];
       end
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$app$core$syn$acc_odd


module top$app$core$syn$cur_s(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$syn$cur_s


module top$app$core$syn$cur_valid(d,q,clock);
    
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
          
endmodule // top$app$core$syn$cur_valid


module top$app$core$syn$h1_e(d,q,clock);
    
    // Module arguments
    input wire  [25:0] d;
    output reg  [25:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 26'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$syn$h1_e


module top$app$core$syn$h1_m(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$syn$h1_m


module top$app$core$syn$h1_o(d,q,clock);
    
    // Module arguments
    input wire  [25:0] d;
    output reg  [25:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 26'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$syn$h1_o


module top$app$core$syn$h1_valid(d,q,clock);
    
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
          
endmodule // top$app$core$syn$h1_valid


module top$app$core$syn$h2_e(d,q,clock);
    
    // Module arguments
    input wire  [25:0] d;
    output reg  [25:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 26'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$syn$h2_e


module top$app$core$syn$h2_o(d,q,clock);
    
    // Module arguments
    input wire  [25:0] d;
    output reg  [25:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 26'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$syn$h2_o


module top$app$core$syn$held(d,q,clock);
    
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
          
endmodule // top$app$core$syn$held


module top$app$core$syn$lif_e(d,q,clock);
    
    // Module arguments
    input wire  [25:0] d;
    output reg  [25:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 26'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$syn$lif_e


module top$app$core$syn$lif_o(d,q,clock);
    
    // Module arguments
    input wire  [25:0] d;
    output reg  [25:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 26'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$syn$lif_o


module top$app$core$syn$lif_odd(d,q,clock);
    
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
          
endmodule // top$app$core$syn$lif_odd


module top$app$core$syn$lif_odd2(d,q,clock);
    
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
          
endmodule // top$app$core$syn$lif_odd2


module top$app$core$syn$lif_pend(d,q,clock);
    
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
          
endmodule // top$app$core$syn$lif_pend


module top$app$core$syn$lif_word(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$syn$lif_word


module top$app$core$syn$m(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$syn$m


module top$app$core$syn$m_last(d,q,clock);
    
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
          
endmodule // top$app$core$syn$m_last


module top$app$core$syn$r0_m(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$syn$r0_m


module top$app$core$syn$r0_valid(d,q,clock);
    
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
          
endmodule // top$app$core$syn$r0_valid


module top$app$core$syn$r1_m(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$syn$r1_m


module top$app$core$syn$r1_valid(d,q,clock);
    
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
          
endmodule // top$app$core$syn$r1_valid


module top$app$core$syn$r2_m(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$syn$r2_m


module top$app$core$syn$r2_valid(d,q,clock);
    
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
          
endmodule // top$app$core$syn$r2_valid


module top$app$core$syn$r3_m(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$syn$r3_m


module top$app$core$syn$r3_valid(d,q,clock);
    
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
          
endmodule // top$app$core$syn$r3_valid


module top$app$core$syn$r3_w(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$syn$r3_w


module top$app$core$syn$r4_ae(d,q,clock);
    
    // Module arguments
    input wire  [25:0] d;
    output reg  [25:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 26'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$syn$r4_ae


module top$app$core$syn$r4_ao(d,q,clock);
    
    // Module arguments
    input wire  [25:0] d;
    output reg  [25:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 26'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$syn$r4_ao


module top$app$core$syn$r4_f1(d,q,clock);
    
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
          
endmodule // top$app$core$syn$r4_f1


module top$app$core$syn$r4_f2(d,q,clock);
    
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
          
endmodule // top$app$core$syn$r4_f2


module top$app$core$syn$r4_m(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$syn$r4_m


module top$app$core$syn$r4_se(d,q,clock);
    
    // Module arguments
    input wire  [25:0] d;
    output reg  [25:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 26'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$syn$r4_se


module top$app$core$syn$r4_so(d,q,clock);
    
    // Module arguments
    input wire  [25:0] d;
    output reg  [25:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 26'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$syn$r4_so


module top$app$core$syn$r4_valid(d,q,clock);
    
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
          
endmodule // top$app$core$syn$r4_valid

// v-- Setting output parameters to net type for wrapped code.


module top$app$core$syn$weights(clock,address,write_data,write_enable,read_data);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] address;
    input wire  [15:0] write_data;
    input wire  write_enable;
    output wire  [15:0] read_data;
    
    // Update code (wrapper)
    wire [15:0] q [0:3];
    reg [1:0] bank;
    reg [1:0] bank_r;
    reg [13:0] a_r;
    reg [15:0] d_r;
    reg we_r;
    reg [3:0] cs_r;
    reg [3:0] wren_r;
    always @(posedge clock) begin
    a_r <= address[13:0];
       bank_r <= address[15:14];
       d_r <= write_data;
       we_r <= write_enable;
    cs_r <= 4'd1 << address[15:14];
    wren_r <= write_enable ? (4'd1 << address[15:14]) : 4'd0;
    end
    always @(posedge clock) if (!we_r) bank <= bank_r;
    reg [15:0] rq;
    always @(posedge clock) rq <= q[bank];
    SB_SPRAM256KA spram_0(.ADDRESS(a_r), .DATAIN(d_r), .MASKWREN(4'b1111), .WREN(wren_r[0]), .CHIPSELECT(cs_r[0]), .CLOCK(clock), .STANDBY(1'b0), .SLEEP(1'b0), .POWEROFF(1'b1), .DATAOUT(q[0]));
    SB_SPRAM256KA spram_1(.ADDRESS(a_r), .DATAIN(d_r), .MASKWREN(4'b1111), .WREN(wren_r[1]), .CHIPSELECT(cs_r[1]), .CLOCK(clock), .STANDBY(1'b0), .SLEEP(1'b0), .POWEROFF(1'b1), .DATAOUT(q[1]));
    SB_SPRAM256KA spram_2(.ADDRESS(a_r), .DATAIN(d_r), .MASKWREN(4'b1111), .WREN(wren_r[2]), .CHIPSELECT(cs_r[2]), .CLOCK(clock), .STANDBY(1'b0), .SLEEP(1'b0), .POWEROFF(1'b1), .DATAOUT(q[2]));
    SB_SPRAM256KA spram_3(.ADDRESS(a_r), .DATAIN(d_r), .MASKWREN(4'b1111), .WREN(wren_r[3]), .CHIPSELECT(cs_r[3]), .CLOCK(clock), .STANDBY(1'b0), .SLEEP(1'b0), .POWEROFF(1'b1), .DATAOUT(q[3]));
    assign read_data = rq;
endmodule // top$app$core$syn$weights


module top$app$core$wshift(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$core$wshift


module top$app$link(clock,uart_rx,uart_tx,ctrl_addr,ctrl_wdata,ctrl_write,ctrl_read,ctrl_ready,ctrl_rdata,ctrl_rvalid,in_spike,in_spike_write,step_start,busy,done,out_spike,out_spike_valid,out_spike_read,core_reset,line_error,idle);
    
    // Module arguments
    input wire  clock;
    input wire  uart_rx;
    output reg  uart_tx;
    output reg  [23:0] ctrl_addr;
    output reg  [15:0] ctrl_wdata;
    output reg  ctrl_write;
    output reg  ctrl_read;
    input wire  ctrl_ready;
    input wire  [15:0] ctrl_rdata;
    input wire  ctrl_rvalid;
    output reg  [15:0] in_spike;
    output reg  in_spike_write;
    output reg  step_start;
    input wire  busy;
    input wire  done;
    input wire  [15:0] out_spike;
    input wire  out_spike_valid;
    output reg  out_spike_read;
    output reg  core_reset;
    output reg  line_error;
    output reg  idle;
    
    // Stub signals
    reg  bridge$clock;
    wire  bridge$link_clock;
    reg  [23:0] bridge$l_ctrl_addr;
    reg  [15:0] bridge$l_ctrl_wdata;
    reg  bridge$l_ctrl_write;
    reg  bridge$l_ctrl_read;
    wire  bridge$l_ctrl_ready;
    wire  [15:0] bridge$l_ctrl_rdata;
    wire  bridge$l_ctrl_rvalid;
    reg  [15:0] bridge$l_in_spike;
    reg  bridge$l_in_spike_write;
    reg  bridge$l_step_start;
    wire  bridge$l_busy;
    wire  bridge$l_done;
    wire  [15:0] bridge$l_out_spike;
    wire  bridge$l_out_spike_valid;
    reg  bridge$l_out_spike_read;
    reg  bridge$l_core_reset;
    wire  [23:0] bridge$c_ctrl_addr;
    wire  [15:0] bridge$c_ctrl_wdata;
    wire  bridge$c_ctrl_write;
    wire  bridge$c_ctrl_read;
    reg  bridge$c_ctrl_ready;
    reg  [15:0] bridge$c_ctrl_rdata;
    reg  bridge$c_ctrl_rvalid;
    wire  [15:0] bridge$c_in_spike;
    wire  bridge$c_in_spike_write;
    wire  bridge$c_step_start;
    reg  bridge$c_busy;
    reg  bridge$c_done;
    reg  [15:0] bridge$c_out_spike;
    reg  bridge$c_out_spike_valid;
    wire  bridge$c_out_spike_read;
    wire  bridge$c_core_reset;
    reg  rx$clock;
    reg  rx$rx;
    wire  [7:0] rx$data;
    wire  rx$valid;
    wire  rx$framing_error;
    reg  engine$clock;
    reg  [7:0] engine$rx_data;
    reg  engine$rx_valid;
    wire  [7:0] engine$tx_data;
    wire  engine$tx_valid;
    reg  engine$tx_ready;
    wire  [23:0] engine$ctrl_addr;
    wire  [15:0] engine$ctrl_wdata;
    wire  engine$ctrl_write;
    wire  engine$ctrl_read;
    reg  engine$ctrl_ready;
    reg  [15:0] engine$ctrl_rdata;
    reg  engine$ctrl_rvalid;
    wire  [15:0] engine$in_spike;
    wire  engine$in_spike_write;
    wire  engine$step_start;
    reg  engine$busy;
    reg  engine$done;
    reg  [15:0] engine$out_spike;
    reg  engine$out_spike_valid;
    wire  engine$out_spike_read;
    wire  engine$core_reset;
    wire  engine$idle;
    reg  tx$clock;
    reg  [7:0] tx$data;
    reg  tx$start;
    wire  tx$ready;
    wire  tx$tx;
    
    // Sub module instances
    top$app$link$bridge bridge(
        .clock(bridge$clock),
        .link_clock(bridge$link_clock),
        .l_ctrl_addr(bridge$l_ctrl_addr),
        .l_ctrl_wdata(bridge$l_ctrl_wdata),
        .l_ctrl_write(bridge$l_ctrl_write),
        .l_ctrl_read(bridge$l_ctrl_read),
        .l_ctrl_ready(bridge$l_ctrl_ready),
        .l_ctrl_rdata(bridge$l_ctrl_rdata),
        .l_ctrl_rvalid(bridge$l_ctrl_rvalid),
        .l_in_spike(bridge$l_in_spike),
        .l_in_spike_write(bridge$l_in_spike_write),
        .l_step_start(bridge$l_step_start),
        .l_busy(bridge$l_busy),
        .l_done(bridge$l_done),
        .l_out_spike(bridge$l_out_spike),
        .l_out_spike_valid(bridge$l_out_spike_valid),
        .l_out_spike_read(bridge$l_out_spike_read),
        .l_core_reset(bridge$l_core_reset),
        .c_ctrl_addr(bridge$c_ctrl_addr),
        .c_ctrl_wdata(bridge$c_ctrl_wdata),
        .c_ctrl_write(bridge$c_ctrl_write),
        .c_ctrl_read(bridge$c_ctrl_read),
        .c_ctrl_ready(bridge$c_ctrl_ready),
        .c_ctrl_rdata(bridge$c_ctrl_rdata),
        .c_ctrl_rvalid(bridge$c_ctrl_rvalid),
        .c_in_spike(bridge$c_in_spike),
        .c_in_spike_write(bridge$c_in_spike_write),
        .c_step_start(bridge$c_step_start),
        .c_busy(bridge$c_busy),
        .c_done(bridge$c_done),
        .c_out_spike(bridge$c_out_spike),
        .c_out_spike_valid(bridge$c_out_spike_valid),
        .c_out_spike_read(bridge$c_out_spike_read),
        .c_core_reset(bridge$c_core_reset)
    );
    top$app$link$rx rx(
        .clock(rx$clock),
        .rx(rx$rx),
        .data(rx$data),
        .valid(rx$valid),
        .framing_error(rx$framing_error)
    );
    top$app$link$engine engine(
        .clock(engine$clock),
        .rx_data(engine$rx_data),
        .rx_valid(engine$rx_valid),
        .tx_data(engine$tx_data),
        .tx_valid(engine$tx_valid),
        .tx_ready(engine$tx_ready),
        .ctrl_addr(engine$ctrl_addr),
        .ctrl_wdata(engine$ctrl_wdata),
        .ctrl_write(engine$ctrl_write),
        .ctrl_read(engine$ctrl_read),
        .ctrl_ready(engine$ctrl_ready),
        .ctrl_rdata(engine$ctrl_rdata),
        .ctrl_rvalid(engine$ctrl_rvalid),
        .in_spike(engine$in_spike),
        .in_spike_write(engine$in_spike_write),
        .step_start(engine$step_start),
        .busy(engine$busy),
        .done(engine$done),
        .out_spike(engine$out_spike),
        .out_spike_valid(engine$out_spike_valid),
        .out_spike_read(engine$out_spike_read),
        .core_reset(engine$core_reset),
        .idle(engine$idle)
    );
    top$app$link$tx tx(
        .clock(tx$clock),
        .data(tx$data),
        .start(tx$start),
        .ready(tx$ready),
        .tx(tx$tx)
    );
    
    // Update code
    always @(*) begin
        bridge$clock = clock;
        rx$clock = bridge$link_clock;
        engine$clock = bridge$link_clock;
        tx$clock = bridge$link_clock;
        rx$rx = uart_rx;
        uart_tx = tx$tx;
        line_error = rx$framing_error;
        idle = engine$idle & tx$ready;
        engine$rx_data = rx$data;
        engine$rx_valid = rx$valid;
        tx$data = engine$tx_data;
        tx$start = engine$tx_valid;
        engine$tx_ready = tx$ready;
        bridge$l_ctrl_addr = engine$ctrl_addr;
        bridge$l_ctrl_wdata = engine$ctrl_wdata;
        bridge$l_ctrl_write = engine$ctrl_write;
        bridge$l_ctrl_read = engine$ctrl_read;
        engine$ctrl_ready = bridge$l_ctrl_ready;
        engine$ctrl_rdata = bridge$l_ctrl_rdata;
        engine$ctrl_rvalid = bridge$l_ctrl_rvalid;
        bridge$l_in_spike = engine$in_spike;
        bridge$l_in_spike_write = engine$in_spike_write;
        bridge$l_step_start = engine$step_start;
        engine$busy = bridge$l_busy;
        engine$done = bridge$l_done;
        engine$out_spike = bridge$l_out_spike;
        engine$out_spike_valid = bridge$l_out_spike_valid;
        bridge$l_out_spike_read = engine$out_spike_read;
        bridge$l_core_reset = engine$core_reset;
        ctrl_addr = bridge$c_ctrl_addr;
        ctrl_wdata = bridge$c_ctrl_wdata;
        ctrl_write = bridge$c_ctrl_write;
        ctrl_read = bridge$c_ctrl_read;
        bridge$c_ctrl_ready = ctrl_ready;
        bridge$c_ctrl_rdata = ctrl_rdata;
        bridge$c_ctrl_rvalid = ctrl_rvalid;
        in_spike = bridge$c_in_spike;
        in_spike_write = bridge$c_in_spike_write;
        step_start = bridge$c_step_start;
        bridge$c_busy = busy;
        bridge$c_done = done;
        bridge$c_out_spike = out_spike;
        bridge$c_out_spike_valid = out_spike_valid;
        out_spike_read = bridge$c_out_spike_read;
        core_reset = bridge$c_core_reset;
    end
    
endmodule // top$app$link


module top$app$link$bridge(clock,link_clock,l_ctrl_addr,l_ctrl_wdata,l_ctrl_write,l_ctrl_read,l_ctrl_ready,l_ctrl_rdata,l_ctrl_rvalid,l_in_spike,l_in_spike_write,l_step_start,l_busy,l_done,l_out_spike,l_out_spike_valid,l_out_spike_read,l_core_reset,c_ctrl_addr,c_ctrl_wdata,c_ctrl_write,c_ctrl_read,c_ctrl_ready,c_ctrl_rdata,c_ctrl_rvalid,c_in_spike,c_in_spike_write,c_step_start,c_busy,c_done,c_out_spike,c_out_spike_valid,c_out_spike_read,c_core_reset);
    
    // Module arguments
    input wire  clock;
    output reg  link_clock;
    input wire  [23:0] l_ctrl_addr;
    input wire  [15:0] l_ctrl_wdata;
    input wire  l_ctrl_write;
    input wire  l_ctrl_read;
    output reg  l_ctrl_ready;
    output reg  [15:0] l_ctrl_rdata;
    output reg  l_ctrl_rvalid;
    input wire  [15:0] l_in_spike;
    input wire  l_in_spike_write;
    input wire  l_step_start;
    output reg  l_busy;
    output reg  l_done;
    output reg  [15:0] l_out_spike;
    output reg  l_out_spike_valid;
    input wire  l_out_spike_read;
    input wire  l_core_reset;
    output reg  [23:0] c_ctrl_addr;
    output reg  [15:0] c_ctrl_wdata;
    output reg  c_ctrl_write;
    output reg  c_ctrl_read;
    input wire  c_ctrl_ready;
    input wire  [15:0] c_ctrl_rdata;
    input wire  c_ctrl_rvalid;
    output reg  [15:0] c_in_spike;
    output reg  c_in_spike_write;
    output reg  c_step_start;
    input wire  c_busy;
    input wire  c_done;
    input wire  [15:0] c_out_spike;
    input wire  c_out_spike_valid;
    output reg  c_out_spike_read;
    output reg  c_core_reset;
    
    // Stub signals
    reg  div$d;
    wire  div$q;
    reg  div$clock;
    reg  phase$d;
    wire  phase$q;
    reg  phase$clock;
    reg  write$d;
    wire  write$q;
    reg  write$clock;
    reg  read$d;
    wire  read$q;
    reg  read$clock;
    reg  push$d;
    wire  push$q;
    reg  push$clock;
    reg  start$d;
    wire  start$q;
    reg  start$clock;
    reg  pop$d;
    wire  pop$q;
    reg  pop$clock;
    reg  reset$d;
    wire  reset$q;
    reg  reset$clock;
    reg  ready_c$d;
    wire  ready_c$q;
    reg  ready_c$clock;
    reg  rvalid_c$d;
    wire  rvalid_c$q;
    reg  rvalid_c$clock;
    reg  busy_c$d;
    wire  busy_c$q;
    reg  busy_c$clock;
    reg  done_c$d;
    wire  done_c$q;
    reg  done_c$clock;
    reg  [15:0] head_c$d;
    wire  [15:0] head_c$q;
    reg  head_c$clock;
    reg  head_valid_c$d;
    wire  head_valid_c$q;
    reg  head_valid_c$clock;
    reg  [15:0] rdata_c$d;
    wire  [15:0] rdata_c$q;
    reg  rdata_c$clock;
    reg  rvalid_last$d;
    wire  rvalid_last$q;
    reg  rvalid_last$clock;
    reg  done_last$d;
    wire  done_last$q;
    reg  done_last$clock;
    reg  ready_l$d;
    wire  ready_l$q;
    reg  ready_l$clock;
    reg  rvalid_l$d;
    wire  rvalid_l$q;
    reg  rvalid_l$clock;
    reg  busy_l$d;
    wire  busy_l$q;
    reg  busy_l$clock;
    reg  done_l$d;
    wire  done_l$q;
    reg  done_l$clock;
    reg  head_valid_l$d;
    wire  head_valid_l$q;
    reg  head_valid_l$clock;
    
    // Sub module instances
    top$app$link$bridge$div div(
        .d(div$d),
        .q(div$q),
        .clock(div$clock)
    );
    top$app$link$bridge$phase phase(
        .d(phase$d),
        .q(phase$q),
        .clock(phase$clock)
    );
    top$app$link$bridge$write write(
        .d(write$d),
        .q(write$q),
        .clock(write$clock)
    );
    top$app$link$bridge$read read(
        .d(read$d),
        .q(read$q),
        .clock(read$clock)
    );
    top$app$link$bridge$push push(
        .d(push$d),
        .q(push$q),
        .clock(push$clock)
    );
    top$app$link$bridge$start start(
        .d(start$d),
        .q(start$q),
        .clock(start$clock)
    );
    top$app$link$bridge$pop pop(
        .d(pop$d),
        .q(pop$q),
        .clock(pop$clock)
    );
    top$app$link$bridge$reset reset(
        .d(reset$d),
        .q(reset$q),
        .clock(reset$clock)
    );
    top$app$link$bridge$ready_c ready_c(
        .d(ready_c$d),
        .q(ready_c$q),
        .clock(ready_c$clock)
    );
    top$app$link$bridge$rvalid_c rvalid_c(
        .d(rvalid_c$d),
        .q(rvalid_c$q),
        .clock(rvalid_c$clock)
    );
    top$app$link$bridge$busy_c busy_c(
        .d(busy_c$d),
        .q(busy_c$q),
        .clock(busy_c$clock)
    );
    top$app$link$bridge$done_c done_c(
        .d(done_c$d),
        .q(done_c$q),
        .clock(done_c$clock)
    );
    top$app$link$bridge$head_c head_c(
        .d(head_c$d),
        .q(head_c$q),
        .clock(head_c$clock)
    );
    top$app$link$bridge$head_valid_c head_valid_c(
        .d(head_valid_c$d),
        .q(head_valid_c$q),
        .clock(head_valid_c$clock)
    );
    top$app$link$bridge$rdata_c rdata_c(
        .d(rdata_c$d),
        .q(rdata_c$q),
        .clock(rdata_c$clock)
    );
    top$app$link$bridge$rvalid_last rvalid_last(
        .d(rvalid_last$d),
        .q(rvalid_last$q),
        .clock(rvalid_last$clock)
    );
    top$app$link$bridge$done_last done_last(
        .d(done_last$d),
        .q(done_last$q),
        .clock(done_last$clock)
    );
    top$app$link$bridge$ready_l ready_l(
        .d(ready_l$d),
        .q(ready_l$q),
        .clock(ready_l$clock)
    );
    top$app$link$bridge$rvalid_l rvalid_l(
        .d(rvalid_l$d),
        .q(rvalid_l$q),
        .clock(rvalid_l$clock)
    );
    top$app$link$bridge$busy_l busy_l(
        .d(busy_l$d),
        .q(busy_l$q),
        .clock(busy_l$clock)
    );
    top$app$link$bridge$done_l done_l(
        .d(done_l$d),
        .q(done_l$q),
        .clock(done_l$clock)
    );
    top$app$link$bridge$head_valid_l head_valid_l(
        .d(head_valid_l$d),
        .q(head_valid_l$q),
        .clock(head_valid_l$clock)
    );
    
    // Update code
    always @(*) begin
        div$clock = clock;
        phase$clock = clock;
        write$clock = clock;
        read$clock = clock;
        push$clock = clock;
        start$clock = clock;
        pop$clock = clock;
        reset$clock = clock;
        ready_c$clock = clock;
        rvalid_c$clock = clock;
        busy_c$clock = clock;
        done_c$clock = clock;
        head_c$clock = clock;
        head_valid_c$clock = clock;
        rdata_c$clock = clock;
        rvalid_last$clock = clock;
        done_last$clock = clock;
        div$d = div$q;
        phase$d = phase$q;
        write$d = write$q;
        read$d = read$q;
        push$d = push$q;
        start$d = start$q;
        pop$d = pop$q;
        reset$d = reset$q;
        ready_c$d = ready_c$q;
        rvalid_c$d = rvalid_c$q;
        busy_c$d = busy_c$q;
        done_c$d = done_c$q;
        head_c$d = head_c$q;
        head_valid_c$d = head_valid_c$q;
        rdata_c$d = rdata_c$q;
        rvalid_last$d = rvalid_last$q;
        done_last$d = done_last$q;
        div$d = ~div$q;
        phase$d = ~phase$q;
        link_clock = div$q;
        c_ctrl_addr = l_ctrl_addr;
        c_ctrl_wdata = l_ctrl_wdata;
        c_in_spike = l_in_spike;
        write$d = l_ctrl_write & phase$q;
        read$d = l_ctrl_read & phase$q;
        push$d = l_in_spike_write & phase$q;
        start$d = l_step_start & phase$q;
        pop$d = l_out_spike_read & phase$q;
        reset$d = l_core_reset & phase$q;
        c_ctrl_write = write$q;
        c_ctrl_read = read$q;
        c_in_spike_write = push$q;
        c_step_start = start$q;
        c_out_spike_read = pop$q;
        c_core_reset = reset$q;
        rvalid_last$d = c_ctrl_rvalid;
        done_last$d = c_done;
        if (c_ctrl_rvalid) begin
            rdata_c$d = c_ctrl_rdata;
        end
        if (phase$q) begin
            ready_c$d = c_ctrl_ready;
            busy_c$d = c_busy;
            head_c$d = c_out_spike;
            head_valid_c$d = c_out_spike_valid;
            rvalid_c$d = c_ctrl_rvalid | rvalid_last$q;
            done_c$d = c_done | done_last$q;
        end
        ready_l$clock = link_clock;
        rvalid_l$clock = link_clock;
        busy_l$clock = link_clock;
        done_l$clock = link_clock;
        head_valid_l$clock = link_clock;
        ready_l$d = ready_c$q;
        rvalid_l$d = rvalid_c$q;
        busy_l$d = busy_c$q;
        done_l$d = done_c$q;
        head_valid_l$d = head_valid_c$q;
        l_ctrl_ready = ready_l$q;
        l_ctrl_rvalid = rvalid_l$q;
        l_busy = busy_l$q;
        l_done = done_l$q;
        l_out_spike_valid = head_valid_l$q;
        l_ctrl_rdata = rdata_c$q;
        l_out_spike = head_c$q;
    end
    
endmodule // top$app$link$bridge


module top$app$link$bridge$busy_c(d,q,clock);
    
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
          
endmodule // top$app$link$bridge$busy_c


module top$app$link$bridge$busy_l(d,q,clock);
    
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
          
endmodule // top$app$link$bridge$busy_l


module top$app$link$bridge$div(d,q,clock);
    
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
          
endmodule // top$app$link$bridge$div


module top$app$link$bridge$done_c(d,q,clock);
    
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
          
endmodule // top$app$link$bridge$done_c


module top$app$link$bridge$done_l(d,q,clock);
    
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
          
endmodule // top$app$link$bridge$done_l


module top$app$link$bridge$done_last(d,q,clock);
    
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
          
endmodule // top$app$link$bridge$done_last


module top$app$link$bridge$head_c(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$bridge$head_c


module top$app$link$bridge$head_valid_c(d,q,clock);
    
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
          
endmodule // top$app$link$bridge$head_valid_c


module top$app$link$bridge$head_valid_l(d,q,clock);
    
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
          
endmodule // top$app$link$bridge$head_valid_l


module top$app$link$bridge$phase(d,q,clock);
    
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
          
endmodule // top$app$link$bridge$phase


module top$app$link$bridge$pop(d,q,clock);
    
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
          
endmodule // top$app$link$bridge$pop


module top$app$link$bridge$push(d,q,clock);
    
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
          
endmodule // top$app$link$bridge$push


module top$app$link$bridge$rdata_c(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$bridge$rdata_c


module top$app$link$bridge$read(d,q,clock);
    
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
          
endmodule // top$app$link$bridge$read


module top$app$link$bridge$ready_c(d,q,clock);
    
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
          
endmodule // top$app$link$bridge$ready_c


module top$app$link$bridge$ready_l(d,q,clock);
    
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
          
endmodule // top$app$link$bridge$ready_l


module top$app$link$bridge$reset(d,q,clock);
    
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
          
endmodule // top$app$link$bridge$reset


module top$app$link$bridge$rvalid_c(d,q,clock);
    
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
          
endmodule // top$app$link$bridge$rvalid_c


module top$app$link$bridge$rvalid_l(d,q,clock);
    
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
          
endmodule // top$app$link$bridge$rvalid_l


module top$app$link$bridge$rvalid_last(d,q,clock);
    
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
          
endmodule // top$app$link$bridge$rvalid_last


module top$app$link$bridge$start(d,q,clock);
    
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
          
endmodule // top$app$link$bridge$start


module top$app$link$bridge$write(d,q,clock);
    
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
          
endmodule // top$app$link$bridge$write


module top$app$link$engine(clock,rx_data,rx_valid,tx_data,tx_valid,tx_ready,ctrl_addr,ctrl_wdata,ctrl_write,ctrl_read,ctrl_ready,ctrl_rdata,ctrl_rvalid,in_spike,in_spike_write,step_start,busy,done,out_spike,out_spike_valid,out_spike_read,core_reset,idle);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] rx_data;
    input wire  rx_valid;
    output reg  [7:0] tx_data;
    output reg  tx_valid;
    input wire  tx_ready;
    output reg  [23:0] ctrl_addr;
    output reg  [15:0] ctrl_wdata;
    output reg  ctrl_write;
    output reg  ctrl_read;
    input wire  ctrl_ready;
    input wire  [15:0] ctrl_rdata;
    input wire  ctrl_rvalid;
    output reg  [15:0] in_spike;
    output reg  in_spike_write;
    output reg  step_start;
    input wire  busy;
    input wire  done;
    input wire  [15:0] out_spike;
    input wire  out_spike_valid;
    output reg  out_spike_read;
    output reg  core_reset;
    output reg  idle;
    
    // Constant declarations
    localparam  inputs = 16'h100;
    localparam  neurons = 16'h100;
    localparam  out_blen = 16'h20;
    localparam  out_tok = 16'h22;
    localparam  out_last = 11'b11111;
    localparam  scratch = 11'b1111100000;
    localparam  in_full = 16'h20;
    localparam  in_last_mask = 8'h0;
    localparam  max_steps = 8'h1d;
    localparam  all_left = 11'b11111111111;
    localparam  version = 8'h3;
    localparam  max_payload = 16'h400;
    localparam  k_nack_crc = 8'h1;
    localparam  k_nack_framing = 8'h2;
    localparam  k_nack_payload = 8'h4;
    localparam  k_nack_unknown = 8'h3;
    localparam  k_nack_address = 8'h5;
    localparam  k_nack_value = 8'h6;
    localparam  k_info = 8'h0;
    localparam  k_reset = 8'h1;
    localparam  k_status = 8'h5;
    localparam  k_write = 8'h2;
    localparam  k_read = 8'h3;
    localparam  k_run = 8'h4;
    localparam  k_max_read = 16'h200;
    localparam  k_max_bitmap = 16'h200;
    
    // Enums
    localparam Phase$Idle = 0;
    localparam Phase$Dispatch = 1;
    localparam Phase$A0 = 2;
    localparam Phase$A1 = 3;
    localparam Phase$A2 = 4;
    localparam Phase$WrCheck = 5;
    localparam Phase$WrLo = 6;
    localparam Phase$WrHi = 7;
    localparam Phase$WrIssue = 8;
    localparam Phase$RdC0 = 9;
    localparam Phase$RdC1 = 10;
    localparam Phase$RdCheck = 11;
    localparam Phase$Checked = 12;
    localparam Phase$RdIssue = 13;
    localparam Phase$RdWait = 14;
    localparam Phase$RdHi = 15;
    localparam Phase$StByte = 16;
    localparam Phase$StPad0 = 17;
    localparam Phase$StPad1 = 18;
    localparam Phase$Reset = 19;
    localparam Phase$StEmit = 20;
    localparam Phase$RvN = 21;
    localparam Phase$RvT0 = 22;
    localparam Phase$RvT1 = 23;
    localparam Phase$RvTok = 24;
    localparam Phase$RvBm = 25;
    localparam Phase$RvEnd = 26;
    localparam Phase$ReBmByte = 27;
    localparam Phase$ReBmBit = 28;
    localparam Phase$ReClear = 29;
    localparam Phase$ReStart = 30;
    localparam Phase$ReWait = 31;
    localparam Phase$RePop = 32;
    localparam Phase$ReFlush = 33;
    localparam Phase$ReLo = 34;
    localparam Phase$ReHi = 35;
    localparam Phase$ReFin = 36;
    localparam Phase$ReHdr = 37;
    localparam Phase$ReHdrHi = 38;
    localparam Phase$ReCopyA = 39;
    localparam Phase$ReCopyW = 40;
    localparam Phase$Ack = 41;
    localparam Phase$Nack1 = 42;
    localparam Phase$Nack2 = 43;
    localparam Phase$Nack3 = 44;
    localparam Phase$Info = 45;
    localparam Phase$FrameNack = 46;
    localparam Phase$Respond = 47;
    localparam Phase$Replay = 48;
    localparam Phase$SendSmall = 49;
    localparam Phase$Sending = 50;
    
    // Stub signals
    reg  write_q$d;
    wire  write_q$q;
    reg  write_q$clock;
    reg  read_q$d;
    wire  read_q$q;
    reg  read_q$clock;
    reg  push_q$d;
    wire  push_q$q;
    reg  push_q$clock;
    reg  [11:0] push_id$d;
    wire  [11:0] push_id$q;
    reg  push_id$clock;
    reg  start_q$d;
    wire  start_q$q;
    reg  start_q$clock;
    reg  pop_q$d;
    wire  pop_q$q;
    reg  pop_q$clock;
    reg  reset_q$d;
    wire  reset_q$q;
    reg  reset_q$clock;
    reg  frx$clock;
    reg  [7:0] frx$data;
    reg  frx$valid;
    reg  frx$hold;
    wire  [9:0] frx$buf_addr;
    wire  [7:0] frx$buf_data;
    wire  frx$buf_write;
    wire  frx$frame_ok;
    wire  frx$crc_error;
    wire  frx$framing_error;
    wire  [10:0] frx$len;
    wire  [7:0] frx$seq;
    wire  [7:0] frx$cmd;
    reg  ftx$clock;
    reg  ftx$start;
    reg  [10:0] ftx$len;
    reg  [7:0] ftx$h0;
    reg  [7:0] ftx$h1;
    wire  ftx$ready;
    wire  [9:0] ftx$buf_addr;
    reg  [7:0] ftx$buf_data;
    wire  [7:0] ftx$out_data;
    wire  ftx$out_valid;
    reg  ftx$out_ready;
    reg  [9:0] rxram$read_address;
    reg  rxram$read_clock;
    wire  [7:0] rxram$read_data;
    reg  [9:0] rxram$write_address;
    reg  rxram$write_clock;
    reg  [7:0] rxram$write_data;
    reg  rxram$write_enable;
    reg  [9:0] txram$read_address;
    reg  txram$read_clock;
    wire  [7:0] txram$read_data;
    reg  [9:0] txram$write_address;
    reg  txram$write_clock;
    reg  [7:0] txram$write_data;
    reg  txram$write_enable;
    reg  [5:0] state$d;
    wire  [5:0] state$q;
    reg  state$clock;
    reg  [10:0] rp$d;
    wire  [10:0] rp$q;
    reg  rp$clock;
    reg  [10:0] pay_end$d;
    wire  [10:0] pay_end$q;
    reg  pay_end$clock;
    reg  [10:0] left$d;
    wire  [10:0] left$q;
    reg  left$clock;
    reg  at_end$d;
    wire  at_end$q;
    reg  at_end$clock;
    reg  over$d;
    wire  over$q;
    reg  over$clock;
    reg  [10:0] wp$d;
    wire  [10:0] wp$q;
    reg  wp$clock;
    reg  [7:0] seq$d;
    wire  [7:0] seq$q;
    reg  seq$clock;
    reg  [7:0] cmd$d;
    wire  [7:0] cmd$q;
    reg  cmd$clock;
    reg  [7:0] nack_code$d;
    wire  [7:0] nack_code$q;
    reg  nack_code$clock;
    reg  [7:0] last_seq$d;
    wire  [7:0] last_seq$q;
    reg  last_seq$clock;
    reg  has_last$d;
    wire  has_last$q;
    reg  has_last$clock;
    reg  [10:0] last_len$d;
    wire  [10:0] last_len$q;
    reg  last_len$clock;
    reg  pend_nack$d;
    wire  pend_nack$q;
    reg  pend_nack$clock;
    reg  pend_frame$d;
    wire  pend_frame$q;
    reg  pend_frame$clock;
    reg  [10:0] pend_len$d;
    wire  [10:0] pend_len$q;
    reg  pend_len$clock;
    reg  [7:0] wait_seq$d;
    wire  [7:0] wait_seq$q;
    reg  wait_seq$clock;
    reg  [7:0] wait_cmd$d;
    wire  [7:0] wait_cmd$q;
    reg  wait_cmd$clock;
    reg  [7:0] last_h1$d;
    wire  [7:0] last_h1$q;
    reg  last_h1$clock;
    reg  [7:0] small_h1$d;
    wire  [7:0] small_h1$q;
    reg  small_h1$clock;
    reg  [7:0] small_q$d;
    wire  [7:0] small_q$q;
    reg  small_q$clock;
    reg  [7:0] pend_code$d;
    wire  [7:0] pend_code$q;
    reg  pend_code$clock;
    reg  [7:0] pend_seq$d;
    wire  [7:0] pend_seq$q;
    reg  pend_seq$clock;
    reg  tx_go$d;
    wire  tx_go$q;
    reg  tx_go$clock;
    reg  small_resp$d;
    wire  small_resp$q;
    reg  small_resp$clock;
    reg  [3:0] cnt_ram$read_address;
    reg  cnt_ram$read_clock;
    wire  [15:0] cnt_ram$read_data;
    reg  [3:0] cnt_ram$write_address;
    reg  cnt_ram$write_clock;
    reg  [15:0] cnt_ram$write_data;
    reg  cnt_ram$write_enable;
    reg  cnt_we$d;
    wire  cnt_we$q;
    reg  cnt_we$clock;
    reg  [3:0] cnt_wa$d;
    wire  [3:0] cnt_wa$q;
    reg  cnt_wa$clock;
    reg  cnt_carry$d;
    wire  cnt_carry$q;
    reg  cnt_carry$clock;
    reg  inc_ok$d;
    wire  inc_ok$q;
    reg  inc_ok$clock;
    reg  inc_crc$d;
    wire  inc_crc$q;
    reg  inc_crc$clock;
    reg  inc_framing$d;
    wire  inc_framing$q;
    reg  inc_framing$clock;
    reg  inc_nack$d;
    wire  inc_nack$q;
    reg  inc_nack$clock;
    reg  inc_dup$d;
    wire  inc_dup$q;
    reg  inc_dup$clock;
    reg  [23:0] addr$d;
    wire  [23:0] addr$q;
    reg  addr$clock;
    reg  [15:0] count$d;
    wire  [15:0] count$q;
    reg  count$clock;
    reg  [10:0] idx$d;
    wire  [10:0] idx$q;
    reg  idx$clock;
    reg  [7:0] lo$d;
    wire  [7:0] lo$q;
    reg  lo$clock;
    reg  [15:0] word$d;
    wire  [15:0] word$q;
    reg  word$clock;
    reg  [7:0] nsteps$d;
    wire  [7:0] nsteps$q;
    reg  nsteps$clock;
    reg  [7:0] si$d;
    wire  [7:0] si$q;
    reg  si$clock;
    reg  [12:0] blen_in$d;
    wire  [12:0] blen_in$q;
    reg  blen_in$clock;
    reg  rd_last$d;
    wire  rd_last$q;
    reg  rd_last$clock;
    reg  many$d;
    wire  many$q;
    reg  many$clock;
    reg  have_prev$d;
    wire  have_prev$q;
    reg  have_prev$clock;
    reg  [7:0] run_end$d;
    wire  [7:0] run_end$q;
    reg  run_end$clock;
    reg  [7:0] skip$d;
    wire  [7:0] skip$q;
    reg  skip$clock;
    reg  verr$d;
    wire  verr$q;
    reg  verr$clock;
    reg  exec$d;
    wire  exec$q;
    reg  exec$clock;
    reg  [2:0] bm_bit$d;
    wire  [2:0] bm_bit$q;
    reg  bm_bit$clock;
    
    // Local signals
    reg  rx_busy;
    reg  [7:0] rx_byte;
    reg  adv;
    reg  [10:0] left_dec;
    reg  [10:0] rp_inc;
    reg  [10:0] idx_inc;
    reg  [7:0] si_inc;
    reg  [10:0] new_len;
    reg  [15:0] hdr;
    reg  [8:0] si_one;
    reg  [8:0] si_skip;
    reg  [8:0] si_sum;
    reg  step_done;
    reg  [10:0] wr_addr;
    reg  [7:0] wr_data;
    reg  wr_en;
    reg  [7:0] allowed;
    reg  [15:0] count2;
    reg  [10:0] ev_addr;
    reg  addr_bad;
    reg  [15:0] addr_inc;
    reg  [2:0] word_sel;
    reg  inc_any;
    reg  cnt_serve;
    reg  [3:0] cnt_ra;
    reg  nack_event;
    reg  dup_event;
    reg  [7:0] small_byte;
    reg  [10:0] copy_addr;
    reg  [3:0] info_sel;
    reg  use_copy;
    
    // Sub module instances
    top$app$link$engine$write_q write_q(
        .d(write_q$d),
        .q(write_q$q),
        .clock(write_q$clock)
    );
    top$app$link$engine$read_q read_q(
        .d(read_q$d),
        .q(read_q$q),
        .clock(read_q$clock)
    );
    top$app$link$engine$push_q push_q(
        .d(push_q$d),
        .q(push_q$q),
        .clock(push_q$clock)
    );
    top$app$link$engine$push_id push_id(
        .d(push_id$d),
        .q(push_id$q),
        .clock(push_id$clock)
    );
    top$app$link$engine$start_q start_q(
        .d(start_q$d),
        .q(start_q$q),
        .clock(start_q$clock)
    );
    top$app$link$engine$pop_q pop_q(
        .d(pop_q$d),
        .q(pop_q$q),
        .clock(pop_q$clock)
    );
    top$app$link$engine$reset_q reset_q(
        .d(reset_q$d),
        .q(reset_q$q),
        .clock(reset_q$clock)
    );
    top$app$link$engine$frx frx(
        .clock(frx$clock),
        .data(frx$data),
        .valid(frx$valid),
        .hold(frx$hold),
        .buf_addr(frx$buf_addr),
        .buf_data(frx$buf_data),
        .buf_write(frx$buf_write),
        .frame_ok(frx$frame_ok),
        .crc_error(frx$crc_error),
        .framing_error(frx$framing_error),
        .len(frx$len),
        .seq(frx$seq),
        .cmd(frx$cmd)
    );
    top$app$link$engine$ftx ftx(
        .clock(ftx$clock),
        .start(ftx$start),
        .len(ftx$len),
        .h0(ftx$h0),
        .h1(ftx$h1),
        .ready(ftx$ready),
        .buf_addr(ftx$buf_addr),
        .buf_data(ftx$buf_data),
        .out_data(ftx$out_data),
        .out_valid(ftx$out_valid),
        .out_ready(ftx$out_ready)
    );
    top$app$link$engine$rxram rxram(
        .read_address(rxram$read_address),
        .read_clock(rxram$read_clock),
        .read_data(rxram$read_data),
        .write_address(rxram$write_address),
        .write_clock(rxram$write_clock),
        .write_data(rxram$write_data),
        .write_enable(rxram$write_enable)
    );
    top$app$link$engine$txram txram(
        .read_address(txram$read_address),
        .read_clock(txram$read_clock),
        .read_data(txram$read_data),
        .write_address(txram$write_address),
        .write_clock(txram$write_clock),
        .write_data(txram$write_data),
        .write_enable(txram$write_enable)
    );
    top$app$link$engine$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$app$link$engine$rp rp(
        .d(rp$d),
        .q(rp$q),
        .clock(rp$clock)
    );
    top$app$link$engine$pay_end pay_end(
        .d(pay_end$d),
        .q(pay_end$q),
        .clock(pay_end$clock)
    );
    top$app$link$engine$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    top$app$link$engine$at_end at_end(
        .d(at_end$d),
        .q(at_end$q),
        .clock(at_end$clock)
    );
    top$app$link$engine$over over(
        .d(over$d),
        .q(over$q),
        .clock(over$clock)
    );
    top$app$link$engine$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    top$app$link$engine$seq seq(
        .d(seq$d),
        .q(seq$q),
        .clock(seq$clock)
    );
    top$app$link$engine$cmd cmd(
        .d(cmd$d),
        .q(cmd$q),
        .clock(cmd$clock)
    );
    top$app$link$engine$nack_code nack_code(
        .d(nack_code$d),
        .q(nack_code$q),
        .clock(nack_code$clock)
    );
    top$app$link$engine$last_seq last_seq(
        .d(last_seq$d),
        .q(last_seq$q),
        .clock(last_seq$clock)
    );
    top$app$link$engine$has_last has_last(
        .d(has_last$d),
        .q(has_last$q),
        .clock(has_last$clock)
    );
    top$app$link$engine$last_len last_len(
        .d(last_len$d),
        .q(last_len$q),
        .clock(last_len$clock)
    );
    top$app$link$engine$pend_nack pend_nack(
        .d(pend_nack$d),
        .q(pend_nack$q),
        .clock(pend_nack$clock)
    );
    top$app$link$engine$pend_frame pend_frame(
        .d(pend_frame$d),
        .q(pend_frame$q),
        .clock(pend_frame$clock)
    );
    top$app$link$engine$pend_len pend_len(
        .d(pend_len$d),
        .q(pend_len$q),
        .clock(pend_len$clock)
    );
    top$app$link$engine$wait_seq wait_seq(
        .d(wait_seq$d),
        .q(wait_seq$q),
        .clock(wait_seq$clock)
    );
    top$app$link$engine$wait_cmd wait_cmd(
        .d(wait_cmd$d),
        .q(wait_cmd$q),
        .clock(wait_cmd$clock)
    );
    top$app$link$engine$last_h1 last_h1(
        .d(last_h1$d),
        .q(last_h1$q),
        .clock(last_h1$clock)
    );
    top$app$link$engine$small_h1 small_h1(
        .d(small_h1$d),
        .q(small_h1$q),
        .clock(small_h1$clock)
    );
    top$app$link$engine$small_q small_q(
        .d(small_q$d),
        .q(small_q$q),
        .clock(small_q$clock)
    );
    top$app$link$engine$pend_code pend_code(
        .d(pend_code$d),
        .q(pend_code$q),
        .clock(pend_code$clock)
    );
    top$app$link$engine$pend_seq pend_seq(
        .d(pend_seq$d),
        .q(pend_seq$q),
        .clock(pend_seq$clock)
    );
    top$app$link$engine$tx_go tx_go(
        .d(tx_go$d),
        .q(tx_go$q),
        .clock(tx_go$clock)
    );
    top$app$link$engine$small_resp small_resp(
        .d(small_resp$d),
        .q(small_resp$q),
        .clock(small_resp$clock)
    );
    top$app$link$engine$cnt_ram cnt_ram(
        .read_address(cnt_ram$read_address),
        .read_clock(cnt_ram$read_clock),
        .read_data(cnt_ram$read_data),
        .write_address(cnt_ram$write_address),
        .write_clock(cnt_ram$write_clock),
        .write_data(cnt_ram$write_data),
        .write_enable(cnt_ram$write_enable)
    );
    top$app$link$engine$cnt_we cnt_we(
        .d(cnt_we$d),
        .q(cnt_we$q),
        .clock(cnt_we$clock)
    );
    top$app$link$engine$cnt_wa cnt_wa(
        .d(cnt_wa$d),
        .q(cnt_wa$q),
        .clock(cnt_wa$clock)
    );
    top$app$link$engine$cnt_carry cnt_carry(
        .d(cnt_carry$d),
        .q(cnt_carry$q),
        .clock(cnt_carry$clock)
    );
    top$app$link$engine$inc_ok inc_ok(
        .d(inc_ok$d),
        .q(inc_ok$q),
        .clock(inc_ok$clock)
    );
    top$app$link$engine$inc_crc inc_crc(
        .d(inc_crc$d),
        .q(inc_crc$q),
        .clock(inc_crc$clock)
    );
    top$app$link$engine$inc_framing inc_framing(
        .d(inc_framing$d),
        .q(inc_framing$q),
        .clock(inc_framing$clock)
    );
    top$app$link$engine$inc_nack inc_nack(
        .d(inc_nack$d),
        .q(inc_nack$q),
        .clock(inc_nack$clock)
    );
    top$app$link$engine$inc_dup inc_dup(
        .d(inc_dup$d),
        .q(inc_dup$q),
        .clock(inc_dup$clock)
    );
    top$app$link$engine$addr addr(
        .d(addr$d),
        .q(addr$q),
        .clock(addr$clock)
    );
    top$app$link$engine$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$app$link$engine$idx idx(
        .d(idx$d),
        .q(idx$q),
        .clock(idx$clock)
    );
    top$app$link$engine$lo lo(
        .d(lo$d),
        .q(lo$q),
        .clock(lo$clock)
    );
    top$app$link$engine$word word(
        .d(word$d),
        .q(word$q),
        .clock(word$clock)
    );
    top$app$link$engine$nsteps nsteps(
        .d(nsteps$d),
        .q(nsteps$q),
        .clock(nsteps$clock)
    );
    top$app$link$engine$si si(
        .d(si$d),
        .q(si$q),
        .clock(si$clock)
    );
    top$app$link$engine$blen_in blen_in(
        .d(blen_in$d),
        .q(blen_in$q),
        .clock(blen_in$clock)
    );
    top$app$link$engine$rd_last rd_last(
        .d(rd_last$d),
        .q(rd_last$q),
        .clock(rd_last$clock)
    );
    top$app$link$engine$many many(
        .d(many$d),
        .q(many$q),
        .clock(many$clock)
    );
    top$app$link$engine$have_prev have_prev(
        .d(have_prev$d),
        .q(have_prev$q),
        .clock(have_prev$clock)
    );
    top$app$link$engine$run_end run_end(
        .d(run_end$d),
        .q(run_end$q),
        .clock(run_end$clock)
    );
    top$app$link$engine$skip skip(
        .d(skip$d),
        .q(skip$q),
        .clock(skip$clock)
    );
    top$app$link$engine$verr verr(
        .d(verr$d),
        .q(verr$q),
        .clock(verr$clock)
    );
    top$app$link$engine$exec exec(
        .d(exec$d),
        .q(exec$q),
        .clock(exec$clock)
    );
    top$app$link$engine$bm_bit bm_bit(
        .d(bm_bit$d),
        .q(bm_bit$q),
        .clock(bm_bit$clock)
    );
    
    // Update code
    always @(*) begin
        write_q$clock = clock;
        read_q$clock = clock;
        push_q$clock = clock;
        push_id$clock = clock;
        start_q$clock = clock;
        pop_q$clock = clock;
        reset_q$clock = clock;
        state$clock = clock;
        rp$clock = clock;
        pay_end$clock = clock;
        left$clock = clock;
        at_end$clock = clock;
        over$clock = clock;
        wp$clock = clock;
        seq$clock = clock;
        cmd$clock = clock;
        nack_code$clock = clock;
        last_seq$clock = clock;
        has_last$clock = clock;
        last_len$clock = clock;
        pend_nack$clock = clock;
        pend_frame$clock = clock;
        pend_len$clock = clock;
        wait_seq$clock = clock;
        wait_cmd$clock = clock;
        last_h1$clock = clock;
        small_h1$clock = clock;
        small_q$clock = clock;
        pend_code$clock = clock;
        pend_seq$clock = clock;
        tx_go$clock = clock;
        small_resp$clock = clock;
        cnt_we$clock = clock;
        cnt_wa$clock = clock;
        cnt_carry$clock = clock;
        inc_ok$clock = clock;
        inc_crc$clock = clock;
        inc_framing$clock = clock;
        inc_nack$clock = clock;
        inc_dup$clock = clock;
        addr$clock = clock;
        count$clock = clock;
        idx$clock = clock;
        lo$clock = clock;
        word$clock = clock;
        nsteps$clock = clock;
        si$clock = clock;
        run_end$clock = clock;
        skip$clock = clock;
        blen_in$clock = clock;
        rd_last$clock = clock;
        many$clock = clock;
        have_prev$clock = clock;
        verr$clock = clock;
        exec$clock = clock;
        bm_bit$clock = clock;
        write_q$d = write_q$q;
        read_q$d = read_q$q;
        push_q$d = push_q$q;
        push_id$d = push_id$q;
        start_q$d = start_q$q;
        pop_q$d = pop_q$q;
        reset_q$d = reset_q$q;
        state$d = state$q;
        rp$d = rp$q;
        pay_end$d = pay_end$q;
        left$d = left$q;
        at_end$d = at_end$q;
        over$d = over$q;
        wp$d = wp$q;
        seq$d = seq$q;
        cmd$d = cmd$q;
        nack_code$d = nack_code$q;
        last_seq$d = last_seq$q;
        has_last$d = has_last$q;
        last_len$d = last_len$q;
        pend_nack$d = pend_nack$q;
        pend_frame$d = pend_frame$q;
        pend_len$d = pend_len$q;
        wait_seq$d = wait_seq$q;
        wait_cmd$d = wait_cmd$q;
        last_h1$d = last_h1$q;
        small_h1$d = small_h1$q;
        small_q$d = small_q$q;
        pend_code$d = pend_code$q;
        pend_seq$d = pend_seq$q;
        tx_go$d = tx_go$q;
        small_resp$d = small_resp$q;
        cnt_we$d = cnt_we$q;
        cnt_wa$d = cnt_wa$q;
        cnt_carry$d = cnt_carry$q;
        inc_ok$d = inc_ok$q;
        inc_crc$d = inc_crc$q;
        inc_framing$d = inc_framing$q;
        inc_nack$d = inc_nack$q;
        inc_dup$d = inc_dup$q;
        addr$d = addr$q;
        count$d = count$q;
        idx$d = idx$q;
        lo$d = lo$q;
        word$d = word$q;
        nsteps$d = nsteps$q;
        si$d = si$q;
        run_end$d = run_end$q;
        skip$d = skip$q;
        blen_in$d = blen_in$q;
        rd_last$d = rd_last$q;
        many$d = many$q;
        have_prev$d = have_prev$q;
        verr$d = verr$q;
        exec$d = exec$q;
        bm_bit$d = bm_bit$q;
        frx$clock = clock;
        ftx$clock = clock;
        rxram$read_clock = clock;
        rxram$write_clock = clock;
        txram$read_clock = clock;
        txram$write_clock = clock;
        frx$data = rx_data;
        frx$valid = rx_valid;
        rx_busy = pend_frame$q;
        if ((state$q != Phase$Idle) & (state$q != Phase$Sending) & (state$q != Phase$SendSmall) & (state$q != Phase$FrameNack) & (state$q != Phase$Info) & (state$q != Phase$Replay) & (state$q != Phase$Respond) & (state$q != Phase$Ack) & (state$q != Phase$Nack1) & (state$q != Phase$Nack2) & (state$q != Phase$Nack3)) begin
            rx_busy = 1'b1;
        end
        frx$hold = rx_busy;
        idle = (state$q == Phase$Idle) & ~pend_nack$q & ~pend_frame$q;
        if (frx$frame_ok & (state$q != Phase$Idle)) begin
            pend_frame$d = 1'b1;
            pend_len$d = frx$len;
            wait_seq$d = frx$seq;
            wait_cmd$d = frx$cmd;
        end
        rxram$write_address = frx$buf_addr;
        rxram$write_data = frx$buf_data;
        rxram$write_enable = frx$buf_write;
        ftx$buf_data = txram$read_data;
        if (small_resp$q) begin
            ftx$buf_data = small_q$q;
        end
        ftx$h0 = seq$q;
        ftx$h1 = last_h1$q;
        if (small_resp$q) begin
            ftx$h1 = small_h1$q;
        end
        tx_data = ftx$out_data;
        tx_valid = ftx$out_valid;
        ftx$out_ready = tx_ready;
        ftx$start = tx_go$q;
        ftx$len = wp$q;
        tx_go$d = 1'b0;
        cnt_ram$read_clock = clock;
        cnt_ram$write_clock = clock;
        word_sel = 32'h4;
        if (inc_nack$q) begin
            word_sel = 32'h3;
        end
        if (inc_framing$q) begin
            word_sel = 32'h2;
        end
        if (inc_crc$q) begin
            word_sel = 32'h1;
        end
        if (inc_ok$q) begin
            word_sel = 32'h0;
        end
        inc_any = inc_ok$q | inc_crc$q | inc_framing$q | inc_nack$q | inc_dup$q | cnt_carry$q | cnt_we$q;
        cnt_serve = inc_any & ~cnt_we$q;
        cnt_ra = idx$q[(32'h1)+:(4)];
        cnt_we$d = cnt_serve;
        cnt_carry$d = 1'b0;
        if (cnt_serve) begin
            if (cnt_carry$q) begin
                cnt_ra = cnt_wa$q | 32'h1;
            end
            else begin
                cnt_ra = ((word_sel) & 4'hf) << 32'h1;
                if (word_sel == 32'h0) begin
                    inc_ok$d = 1'b0;
                end
                else if (word_sel == 32'h1) begin
                    inc_crc$d = 1'b0;
                end
                else if (word_sel == 32'h2) begin
                    inc_framing$d = 1'b0;
                end
                else if (word_sel == 32'h3) begin
                    inc_nack$d = 1'b0;
                end
                else begin
                    inc_dup$d = 1'b0;
                end
            end
        end
        cnt_wa$d = cnt_wa$q;
        if (cnt_serve) begin
            cnt_wa$d = cnt_ra;
        end
        cnt_ram$read_address = cnt_ra;
        cnt_ram$write_address = cnt_wa$q;
        cnt_ram$write_data = cnt_ram$read_data + 32'h1;
        cnt_ram$write_enable = cnt_we$q;
        if (cnt_we$q & ~cnt_wa$q[32'h0]) begin
            cnt_carry$d = cnt_ram$read_data == 32'hffff;
        end
        if (frx$frame_ok) begin
            inc_ok$d = 1'b1;
        end
        if (frx$crc_error) begin
            inc_crc$d = 1'b1;
            pend_nack$d = 1'b1;
            pend_code$d = k_nack_crc;
            pend_seq$d = frx$seq;
        end
        if (frx$framing_error) begin
            inc_framing$d = 1'b1;
            pend_nack$d = 1'b1;
            pend_code$d = k_nack_framing;
            pend_seq$d = frx$seq;
        end
        ctrl_addr = addr$q;
        ctrl_wdata = word$q;
        ctrl_write = write_q$q;
        ctrl_read = read_q$q;
        in_spike = ((push_id$q) & 16'hffff);
        in_spike_write = push_q$q;
        step_start = start_q$q;
        out_spike_read = pop_q$q;
        core_reset = reset_q$q;
        write_q$d = 1'b0;
        read_q$d = 1'b0;
        push_q$d = 1'b0;
        start_q$d = 1'b0;
        pop_q$d = 1'b0;
        reset_q$d = 1'b0;
        rx_byte = rxram$read_data;
        adv = 1'b0;
        left_dec = left$q - 32'h1;
        rp_inc = rp$q + 32'h1;
        idx_inc = idx$q + 32'h1;
        many$d = nsteps$q > max_steps;
        rd_last$d = ((idx_inc) & 16'hffff) == count$q;
        hdr = (((rx_byte) & 16'hffff) << 32'h8) | ((lo$q) & 16'hffff);
        si_one = ((si$q) & 9'h1ff) + 32'h1;
        si_skip = ((si$q) & 9'h1ff) + ((lo$q) & 9'h1ff);
        si_sum = si_one;
        if ((state$q == Phase$RvTok) & (word$q[(32'he)+:(2)] == 32'h2)) begin
            si_sum = si_skip;
        end
        si_inc = si_sum[(32'h0)+:(8)];
        step_done = 1'b0;
        nack_event = 1'b0;
        dup_event = 1'b0;
        wr_en = 1'b0;
        wr_addr = wp$q;
        wr_data = 32'h0;
        use_copy = 1'b0;
        copy_addr = 32'h0;
        allowed = 32'h0;
        if (((idx$q) & 16'hffff) < in_full) begin
            allowed = 32'hff;
        end
        else if (((idx$q) & 16'hffff) == in_full) begin
            allowed = in_last_mask;
        end
        count2 = count$q << 32'h1;
        ev_addr = wp$q + ((count2) & 11'h7ff);
        addr_inc = addr$q[(32'h0)+:(16)] + 32'h1;
        addr_bad = (addr$q[(32'h14)+:(4)] != 32'h0) | (addr$q[(32'h10)+:(4)] > 32'h7);
        over$d = ((addr$q[(32'h0)+:(16)]) & 17'h1ffff) + ((count$q) & 17'h1ffff) > 32'h10000;
        small_byte = 32'h0;
        info_sel = ((ftx$buf_addr) & 4'hf);
        if (small_h1$q == 32'hff) begin
            small_byte = cmd$q;
            if (info_sel == 32'h0) begin
                small_byte = nack_code$q;
            end
        end
        else if (info_sel == 32'h0) begin
            small_byte = version;
        end
        else if (info_sel == 32'h1) begin
            small_byte = max_payload[(32'h0)+:(8)];
        end
        else if (info_sel == 32'h2) begin
            small_byte = max_payload[(32'h8)+:(8)];
        end
        else if (info_sel == 32'h3) begin
            small_byte = 32'h1;
        end
        else if (info_sel == 32'h4) begin
            small_byte = inputs[(32'h0)+:(8)];
        end
        else if (info_sel == 32'h5) begin
            small_byte = inputs[(32'h8)+:(8)];
        end
        else if (info_sel == 32'h6) begin
            small_byte = neurons[(32'h0)+:(8)];
        end
        else if (info_sel == 32'h7) begin
            small_byte = neurons[(32'h8)+:(8)];
        end
        else if (info_sel == 32'h8) begin
            small_byte = last_seq$q;
        end
        small_q$d = small_byte;
        new_len = pend_len$q;
        if (frx$frame_ok) begin
            new_len = frx$len;
        end
        case (state$q)
            Phase$Idle:
                begin
                    if (frx$frame_ok) begin
                        rp$d = 32'h0;
                        pay_end$d = new_len - 32'h4;
                        left$d = new_len - 32'h4;
                        at_end$d = new_len == 32'h4;
                        seq$d = frx$seq;
                        cmd$d = frx$cmd;
                        state$d = Phase$Dispatch;
                    end
                    else if (pend_frame$q) begin
                        pend_frame$d = 1'b0;
                        rp$d = 32'h0;
                        pay_end$d = new_len - 32'h4;
                        left$d = new_len - 32'h4;
                        at_end$d = new_len == 32'h4;
                        seq$d = wait_seq$q;
                        cmd$d = wait_cmd$q;
                        state$d = Phase$Dispatch;
                    end
                    else if (pend_nack$q) begin
                        pend_nack$d = 1'b0;
                        seq$d = pend_seq$q;
                        cmd$d = 32'hff;
                        nack_code$d = pend_code$q;
                        idx$d = 32'h0;
                        state$d = Phase$FrameNack;
                    end
                end
            Phase$Dispatch:
                begin
                    wp$d = 32'h0;
                    idx$d = 32'h0;
                    if (cmd$q == k_info) begin
                        state$d = Phase$Info;
                        if (~at_end$q) begin
                            nack_code$d = k_nack_payload;
                            state$d = Phase$FrameNack;
                        end
                    end
                    else if (has_last$q & (seq$q == last_seq$q)) begin
                        dup_event = 1'b1;
                        state$d = Phase$Replay;
                    end
                    else begin
                        nack_code$d = k_nack_payload;
                        state$d = Phase$Nack1;
                        if (cmd$q == k_reset) begin
                            if (at_end$q) begin
                                state$d = Phase$Reset;
                            end
                        end
                        else if (cmd$q == k_status) begin
                            if (at_end$q) begin
                                state$d = Phase$StEmit;
                            end
                        end
                        else if ((cmd$q == k_write) | (cmd$q == k_read)) begin
                            state$d = Phase$A0;
                        end
                        else if (cmd$q == k_run) begin
                            state$d = Phase$RvN;
                        end
                        else begin
                            nack_code$d = k_nack_unknown;
                        end
                    end
                end
            Phase$A0:
                begin
                    addr$d = ((rx_byte) & 24'hffffff);
                    adv = 1'b1;
                    state$d = Phase$A1;
                    if (at_end$q) begin
                        state$d = Phase$Nack1;
                    end
                end
            Phase$A1:
                begin
                    addr$d = addr$q | (((rx_byte) & 24'hffffff) << 32'h8);
                    adv = 1'b1;
                    state$d = Phase$A2;
                    if (at_end$q) begin
                        state$d = Phase$Nack1;
                    end
                end
            Phase$A2:
                begin
                    addr$d = addr$q | (((rx_byte) & 24'hffffff) << 32'h10);
                    adv = 1'b1;
                    count$d = ((left_dec >> 32'h1) & 16'hffff);
                    state$d = Phase$RdC0;
                    if (cmd$q == k_write) begin
                        state$d = Phase$WrCheck;
                    end
                    if (at_end$q) begin
                        state$d = Phase$Nack1;
                    end
                end
            Phase$WrCheck:
                begin
                    verr$d = at_end$q | left$q[32'h0];
                    state$d = Phase$Checked;
                end
            Phase$WrLo:
                begin
                    if (write_q$q) begin
                        addr$d = (addr$q & 32'hff0000) | ((addr_inc) & 24'hffffff);
                    end
                    lo$d = rx_byte;
                    adv = 1'b1;
                    state$d = Phase$WrHi;
                end
            Phase$WrHi:
                begin
                    word$d = hdr;
                    adv = 1'b1;
                    state$d = Phase$WrIssue;
                end
            Phase$WrIssue:
                begin
                    if (ctrl_ready) begin
                        write_q$d = 1'b1;
                        state$d = Phase$WrLo;
                        if (at_end$q) begin
                            state$d = Phase$Ack;
                        end
                    end
                end
            Phase$RdC0:
                begin
                    lo$d = rx_byte;
                    adv = 1'b1;
                    state$d = Phase$RdC1;
                    if (at_end$q) begin
                        state$d = Phase$Nack1;
                    end
                end
            Phase$RdC1:
                begin
                    count$d = hdr;
                    adv = 1'b1;
                    state$d = Phase$RdCheck;
                    if (at_end$q) begin
                        state$d = Phase$Nack1;
                    end
                end
            Phase$RdCheck:
                begin
                    idx$d = 32'h0;
                    verr$d = ~at_end$q | (count$q == 32'h0) | (count$q > k_max_read);
                    state$d = Phase$Checked;
                end
            Phase$Checked:
                begin
                    state$d = Phase$RdIssue;
                    if (cmd$q == k_write) begin
                        state$d = Phase$WrLo;
                    end
                    if (verr$q | over$q) begin
                        state$d = Phase$Nack1;
                    end
                    else if (addr_bad) begin
                        nack_code$d = k_nack_address;
                        state$d = Phase$Nack1;
                    end
                end
            Phase$RdIssue:
                begin
                    if (ctrl_ready) begin
                        read_q$d = 1'b1;
                        state$d = Phase$RdWait;
                    end
                end
            Phase$RdWait:
                begin
                    if (ctrl_rvalid) begin
                        word$d = ctrl_rdata;
                        wr_en = 1'b1;
                        wr_data = ctrl_rdata[(32'h0)+:(8)];
                        state$d = Phase$RdHi;
                    end
                end
            Phase$RdHi:
                begin
                    wr_en = 1'b1;
                    wr_addr = wp$q + 32'h1;
                    wr_data = word$q[(32'h8)+:(8)];
                    wp$d = wp$q + 32'h2;
                    addr$d = (addr$q & 32'hff0000) | ((addr_inc) & 24'hffffff);
                    idx$d = idx_inc;
                    state$d = Phase$RdIssue;
                    if ((cmd$q == k_status) & (idx$q >= 32'h4)) begin
                        state$d = Phase$StPad0;
                    end
                    else if (rd_last$q) begin
                        state$d = Phase$Ack;
                    end
                end
            Phase$Reset:
                begin
                    reset_q$d = 1'b1;
                    state$d = Phase$Ack;
                end
            Phase$StEmit:
                begin
                    if (~inc_any) begin
                        state$d = Phase$StByte;
                    end
                end
            Phase$StByte:
                begin
                    wr_en = 1'b1;
                    wr_data = cnt_ram$read_data[(32'h0)+:(8)];
                    if (idx$q[32'h0]) begin
                        wr_data = cnt_ram$read_data[(32'h8)+:(8)];
                    end
                    wp$d = wp$q + 32'h1;
                    idx$d = idx_inc;
                    state$d = Phase$StEmit;
                    if (idx$q == 32'h13) begin
                        addr$d = ((32'h60008) & 24'hffffff);
                        count$d = 32'h7;
                        idx$d = 32'h0;
                        state$d = Phase$RdIssue;
                    end
                end
            Phase$StPad0:
                begin
                    wr_en = 1'b1;
                    wp$d = wp$q + 32'h1;
                    state$d = Phase$StPad1;
                end
            Phase$StPad1:
                begin
                    wr_en = 1'b1;
                    wp$d = wp$q + 32'h1;
                    state$d = Phase$RdIssue;
                    if (((idx$q) & 16'hffff) == count$q) begin
                        state$d = Phase$Ack;
                    end
                end
            Phase$RvN:
                begin
                    nsteps$d = rx_byte;
                    adv = 1'b1;
                    si$d = 32'h0;
                    have_prev$d = 1'b0;
                    verr$d = 1'b0;
                    exec$d = 1'b0;
                    state$d = Phase$RvT0;
                    if (at_end$q | (rx_byte == 32'h0)) begin
                        state$d = Phase$Nack1;
                    end
                end
            Phase$RvT0:
                begin
                    lo$d = rx_byte;
                    adv = 1'b1;
                    state$d = Phase$RvT1;
                    if (si$q == nsteps$q) begin
                        state$d = Phase$RvEnd;
                        if (exec$q) begin
                            if (skip$q != 32'h0) begin
                                wp$d = wp$q + 32'h2;
                            end
                            state$d = Phase$Ack;
                        end
                    end
                    else if (at_end$q) begin
                        state$d = Phase$Nack1;
                    end
                end
            Phase$RvT1:
                begin
                    word$d = hdr;
                    adv = 1'b1;
                    state$d = Phase$RvTok;
                    if (at_end$q) begin
                        state$d = Phase$Nack1;
                    end
                end
            Phase$RvTok:
                begin
                    idx$d = 32'h0;
                    blen_in$d = word$q[(32'h0)+:(13)] - 32'h1;
                    run_end$d = si_inc;
                    state$d = Phase$RvT0;
                    if (~word$q[32'hf]) begin
                        push_id$d = word$q[(32'h0)+:(12)];
                        push_q$d = exec$q;
                        have_prev$d = ~word$q[32'he];
                        if (((word$q[(32'h0)+:(12)]) & 16'hffff) >= inputs) begin
                            verr$d = 1'b1;
                        end
                        if (word$q[32'he]) begin
                            si$d = si_inc;
                            if (exec$q) begin
                                si$d = si$q;
                                state$d = Phase$ReClear;
                            end
                        end
                        if ((word$q[(32'hc)+:(2)] != 32'h0) | (word$q[32'he] & si_sum[32'h8]) | (have_prev$q & (word$q[(32'h0)+:(12)] <= push_id$q))) begin
                            state$d = Phase$Nack1;
                        end
                    end
                    else if (have_prev$q) begin
                        state$d = Phase$Nack1;
                    end
                    else if (~word$q[32'he]) begin
                        si$d = si_inc;
                        if (exec$q) begin
                            si$d = si$q;
                            state$d = Phase$ReClear;
                        end
                        if ((word$q[(32'h8)+:(6)] != 32'h0) | (word$q[(32'h0)+:(8)] == 32'h0) | si_sum[32'h8]) begin
                            state$d = Phase$Nack1;
                        end
                    end
                    else begin
                        state$d = Phase$RvBm;
                        if (exec$q) begin
                            state$d = Phase$ReBmByte;
                        end
                        if ((word$q[(32'h0)+:(14)] == 32'h0) | (word$q[(32'h0)+:(14)] > k_max_bitmap[(32'h0)+:(14)])) begin
                            state$d = Phase$Nack1;
                        end
                    end
                end
            Phase$RvBm:
                begin
                    adv = 1'b1;
                    idx$d = idx_inc;
                    if ((rx_byte & ~allowed) != 32'h0) begin
                        verr$d = 1'b1;
                    end
                    state$d = Phase$RvBm;
                    if (((idx$q) & 13'h1fff) == blen_in$q) begin
                        si$d = si_inc;
                        state$d = Phase$RvT0;
                        if (si_sum[32'h8]) begin
                            state$d = Phase$Nack1;
                        end
                    end
                    if (at_end$q) begin
                        state$d = Phase$Nack1;
                    end
                end
            Phase$RvEnd:
                begin
                    rp$d = 32'h1;
                    left$d = pay_end$q - 32'h1;
                    at_end$d = pay_end$q == 32'h1;
                    si$d = 32'h0;
                    wp$d = 32'h1;
                    skip$d = 32'h0;
                    exec$d = 1'b1;
                    state$d = Phase$RvT0;
                    if ((left$q != all_left) | many$q) begin
                        state$d = Phase$Nack1;
                    end
                    else if (verr$q) begin
                        nack_code$d = k_nack_value;
                        state$d = Phase$Nack1;
                    end
                    else begin
                        wr_en = 1'b1;
                        wr_addr = 32'h0;
                        wr_data = nsteps$q;
                    end
                end
            Phase$ReBmByte:
                begin
                    lo$d = rx_byte;
                    adv = 1'b1;
                    bm_bit$d = 32'h0;
                    state$d = Phase$ReBmBit;
                end
            Phase$ReBmBit:
                begin
                    push_id$d = (((idx$q) & 12'hfff) << 32'h3) | ((bm_bit$q) & 12'hfff);
                    push_q$d = lo$q[bm_bit$q];
                    bm_bit$d = bm_bit$q + 32'h1;
                    if (bm_bit$q == 32'h7) begin
                        idx$d = idx_inc;
                        state$d = Phase$ReBmByte;
                        if (((idx$q) & 13'h1fff) == blen_in$q) begin
                            idx$d = 32'h0;
                            state$d = Phase$ReClear;
                        end
                    end
                end
            Phase$ReClear:
                begin
                    wr_en = 1'b1;
                    wr_addr = scratch | idx$q;
                    idx$d = idx_inc;
                    if (idx$q == out_last) begin
                        state$d = Phase$ReStart;
                    end
                end
            Phase$ReStart:
                begin
                    if (~busy) begin
                        start_q$d = 1'b1;
                        count$d = 32'h0;
                        blen_in$d = 32'h0;
                        lo$d = 32'h0;
                        state$d = Phase$ReWait;
                    end
                end
            Phase$ReWait:
                begin
                    if (done) begin
                        state$d = Phase$RePop;
                    end
                end
            Phase$RePop:
                begin
                    state$d = Phase$ReFin;
                    if (out_spike_valid) begin
                        pop_q$d = 1'b1;
                        word$d = out_spike;
                        state$d = Phase$ReFlush;
                        if (skip$q != 32'h0) begin
                            skip$d = 32'h0;
                            wp$d = wp$q + 32'h2;
                        end
                    end
                end
            Phase$ReFlush:
                begin
                    if (word$q[(32'h3)+:(13)] != blen_in$q) begin
                        wr_en = count$q != 32'h0;
                        wr_addr = scratch | ((blen_in$q) & 11'h7ff);
                        wr_data = lo$q;
                        blen_in$d = word$q[(32'h3)+:(13)];
                        lo$d = ((32'h1) & 8'hff) << ((word$q[(32'h0)+:(3)]) & 8'hff);
                    end
                    else begin
                        lo$d = lo$q | (((32'h1) & 8'hff) << ((word$q[(32'h0)+:(3)]) & 8'hff));
                    end
                    state$d = Phase$ReLo;
                end
            Phase$ReLo:
                begin
                    wr_en = count2 <= out_blen;
                    wr_addr = ev_addr;
                    wr_data = word$q[(32'h0)+:(8)];
                    state$d = Phase$ReHi;
                end
            Phase$ReHi:
                begin
                    wr_en = count2 <= out_blen;
                    wr_addr = ev_addr + 32'h1;
                    wr_data = word$q[(32'h8)+:(8)];
                    if (~out_spike_valid) begin
                        wr_data = word$q[(32'h8)+:(8)] | 32'h40;
                    end
                    count$d = count$q + 32'h1;
                    state$d = Phase$RePop;
                end
            Phase$ReFin:
                begin
                    wr_en = count$q != 32'h0;
                    wr_addr = scratch | ((blen_in$q) & 11'h7ff);
                    wr_data = lo$q;
                    state$d = Phase$ReHdr;
                end
            Phase$ReHdr:
                begin
                    idx$d = 32'h0;
                    if (count$q == 32'h0) begin
                        wr_en = 1'b1;
                        wr_data = skip$q + 32'h1;
                        skip$d = skip$q + 32'h1;
                        state$d = Phase$ReHdrHi;
                    end
                    else if (count2 > out_tok) begin
                        wr_en = 1'b1;
                        wr_data = out_blen[(32'h0)+:(8)];
                        state$d = Phase$ReHdrHi;
                    end
                    else begin
                        wp$d = ev_addr;
                        step_done = 1'b1;
                    end
                end
            Phase$ReHdrHi:
                begin
                    wr_en = 1'b1;
                    wr_addr = wp$q + 32'h1;
                    wr_data = out_blen[(32'h8)+:(8)] | 32'hc0;
                    wp$d = wp$q + 32'h2;
                    state$d = Phase$ReCopyA;
                    if (count$q == 32'h0) begin
                        wr_data = 32'h80;
                        wp$d = wp$q;
                        step_done = 1'b1;
                    end
                end
            Phase$ReCopyA:
                begin
                    use_copy = 1'b1;
                    copy_addr = scratch | idx$q;
                    state$d = Phase$ReCopyW;
                end
            Phase$ReCopyW:
                begin
                    use_copy = 1'b1;
                    copy_addr = scratch | idx$q;
                    wr_en = 1'b1;
                    wr_data = txram$read_data;
                    wp$d = wp$q + 32'h1;
                    idx$d = idx_inc;
                    state$d = Phase$ReCopyA;
                    if (idx$q == out_last) begin
                        idx$d = 32'h0;
                        step_done = 1'b1;
                    end
                end
            Phase$Ack:
                begin
                    last_h1$d = cmd$q | 32'h80;
                    state$d = Phase$Respond;
                end
            Phase$Nack1:
                begin
                    last_h1$d = 32'hff;
                    nack_event = 1'b1;
                    state$d = Phase$Nack2;
                end
            Phase$Nack2:
                begin
                    wr_en = 1'b1;
                    wr_addr = 32'h0;
                    wr_data = nack_code$q;
                    state$d = Phase$Nack3;
                end
            Phase$Nack3:
                begin
                    wr_en = 1'b1;
                    wr_addr = 32'h1;
                    wr_data = cmd$q;
                    wp$d = 32'h2;
                    state$d = Phase$Respond;
                end
            Phase$Respond:
                begin
                    last_seq$d = seq$q;
                    has_last$d = 1'b1;
                    last_len$d = wp$q;
                    tx_go$d = 1'b1;
                    small_resp$d = 1'b0;
                    state$d = Phase$Sending;
                end
            Phase$Replay:
                begin
                    small_resp$d = 1'b0;
                    wp$d = last_len$q;
                    tx_go$d = 1'b1;
                    state$d = Phase$Sending;
                end
            Phase$Info:
                begin
                    small_h1$d = 32'h80;
                    wp$d = 32'h9;
                    state$d = Phase$SendSmall;
                end
            Phase$FrameNack:
                begin
                    small_h1$d = 32'hff;
                    wp$d = 32'h2;
                    nack_event = 1'b1;
                    state$d = Phase$SendSmall;
                end
            Phase$SendSmall:
                begin
                    tx_go$d = 1'b1;
                    small_resp$d = 1'b1;
                    state$d = Phase$Sending;
                end
            Phase$Sending:
                begin
                    if (ftx$ready & ~tx_go$q) begin
                        state$d = Phase$Idle;
                    end
                end
            default:
                begin
                    state$d = Phase$Idle;
                end
        endcase
        if (step_done) begin
            si$d = si_inc;
            state$d = Phase$RvT0;
            if (si_inc != run_end$q) begin
                state$d = Phase$ReClear;
            end
        end
        if (nack_event) begin
            inc_nack$d = 1'b1;
        end
        if (dup_event) begin
            inc_dup$d = 1'b1;
        end
        txram$write_address = wr_addr[(32'h0)+:(10)];
        txram$write_data = wr_data;
        txram$write_enable = wr_en;
        txram$read_address = ftx$buf_addr;
        if (use_copy) begin
            txram$read_address = copy_addr[(32'h0)+:(10)];
        end
        if (adv) begin
            rp$d = rp_inc;
            left$d = left_dec;
            at_end$d = left$q == 32'h1;
        end
        rxram$read_address = rp$d[(32'h0)+:(10)];
    end
    
endmodule // top$app$link$engine


module top$app$link$engine$addr(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$addr


module top$app$link$engine$at_end(d,q,clock);
    
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
          
endmodule // top$app$link$engine$at_end


module top$app$link$engine$blen_in(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$blen_in


module top$app$link$engine$bm_bit(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$bm_bit


module top$app$link$engine$cmd(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$cmd


module top$app$link$engine$cnt_carry(d,q,clock);
    
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
          
endmodule // top$app$link$engine$cnt_carry


module top$app$link$engine$cnt_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [15:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[15:0] mem[15:0];
    
    initial begin
    mem[4'h0] = 16'h0;
    mem[4'h1] = 16'h0;
    mem[4'h2] = 16'h0;
    mem[4'h3] = 16'h0;
    mem[4'h4] = 16'h0;
    mem[4'h5] = 16'h0;
    mem[4'h6] = 16'h0;
    mem[4'h7] = 16'h0;
    mem[4'h8] = 16'h0;
    mem[4'h9] = 16'h0;
    mem[4'ha] = 16'h0;
    mem[4'hb] = 16'h0;
    mem[4'hc] = 16'h0;
    mem[4'hd] = 16'h0;
    mem[4'he] = 16'h0;
    mem[4'hf] = 16'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$app$link$engine$cnt_ram


module top$app$link$engine$cnt_wa(d,q,clock);
    
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
          
endmodule // top$app$link$engine$cnt_wa


module top$app$link$engine$cnt_we(d,q,clock);
    
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
          
endmodule // top$app$link$engine$cnt_we


module top$app$link$engine$count(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$count


module top$app$link$engine$exec(d,q,clock);
    
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
          
endmodule // top$app$link$engine$exec


module top$app$link$engine$frx(clock,data,valid,hold,buf_addr,buf_data,buf_write,frame_ok,crc_error,framing_error,len,seq,cmd);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] data;
    input wire  valid;
    input wire  hold;
    output reg  [9:0] buf_addr;
    output reg  [7:0] buf_data;
    output reg  buf_write;
    output reg  frame_ok;
    output reg  crc_error;
    output reg  framing_error;
    output reg  [10:0] len;
    output reg  [7:0] seq;
    output reg  [7:0] cmd;
    
    // Constant declarations
    localparam  max_body = 11'b10000000100;
    localparam  residue = 16'h1d0f;
    
    // Stub signals
    reg  [15:0] crc$crc;
    reg  [7:0] crc$data;
    wire  [15:0] crc$out;
    reg  [15:0] crc_q$d;
    wire  [15:0] crc_q$q;
    reg  crc_q$clock;
    reg  started$d;
    wire  started$q;
    reg  started$clock;
    reg  bad$d;
    wire  bad$q;
    reg  bad$clock;
    reg  zero_pending$d;
    wire  zero_pending$q;
    reg  zero_pending$clock;
    reg  [7:0] count$d;
    wire  [7:0] count$q;
    reg  count$clock;
    reg  [10:0] len_q$d;
    wire  [10:0] len_q$q;
    reg  len_q$clock;
    reg  [7:0] seq_q$d;
    wire  [7:0] seq_q$q;
    reg  seq_q$clock;
    reg  [7:0] cmd_q$d;
    wire  [7:0] cmd_q$q;
    reg  cmd_q$clock;
    reg  ok_q$d;
    wire  ok_q$q;
    reg  ok_q$clock;
    reg  crc_err_q$d;
    wire  crc_err_q$q;
    reg  crc_err_q$clock;
    reg  framing_q$d;
    wire  framing_q$q;
    reg  framing_q$clock;
    reg  [9:0] waddr_q$d;
    wire  [9:0] waddr_q$q;
    reg  waddr_q$clock;
    reg  [7:0] wdata_q$d;
    wire  [7:0] wdata_q$q;
    reg  wdata_q$clock;
    reg  wen_q$d;
    wire  wen_q$q;
    reg  wen_q$clock;
    
    // Local signals
    reg  emit;
    reg  [7:0] emit_byte;
    reg  [10:0] pay_at;
    
    // Sub module instances
    top$app$link$engine$frx$crc crc(
        .crc(crc$crc),
        .data(crc$data),
        .out(crc$out)
    );
    top$app$link$engine$frx$crc_q crc_q(
        .d(crc_q$d),
        .q(crc_q$q),
        .clock(crc_q$clock)
    );
    top$app$link$engine$frx$started started(
        .d(started$d),
        .q(started$q),
        .clock(started$clock)
    );
    top$app$link$engine$frx$bad bad(
        .d(bad$d),
        .q(bad$q),
        .clock(bad$clock)
    );
    top$app$link$engine$frx$zero_pending zero_pending(
        .d(zero_pending$d),
        .q(zero_pending$q),
        .clock(zero_pending$clock)
    );
    top$app$link$engine$frx$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$app$link$engine$frx$len_q len_q(
        .d(len_q$d),
        .q(len_q$q),
        .clock(len_q$clock)
    );
    top$app$link$engine$frx$seq_q seq_q(
        .d(seq_q$d),
        .q(seq_q$q),
        .clock(seq_q$clock)
    );
    top$app$link$engine$frx$cmd_q cmd_q(
        .d(cmd_q$d),
        .q(cmd_q$q),
        .clock(cmd_q$clock)
    );
    top$app$link$engine$frx$ok_q ok_q(
        .d(ok_q$d),
        .q(ok_q$q),
        .clock(ok_q$clock)
    );
    top$app$link$engine$frx$crc_err_q crc_err_q(
        .d(crc_err_q$d),
        .q(crc_err_q$q),
        .clock(crc_err_q$clock)
    );
    top$app$link$engine$frx$framing_q framing_q(
        .d(framing_q$d),
        .q(framing_q$q),
        .clock(framing_q$clock)
    );
    top$app$link$engine$frx$waddr_q waddr_q(
        .d(waddr_q$d),
        .q(waddr_q$q),
        .clock(waddr_q$clock)
    );
    top$app$link$engine$frx$wdata_q wdata_q(
        .d(wdata_q$d),
        .q(wdata_q$q),
        .clock(wdata_q$clock)
    );
    top$app$link$engine$frx$wen_q wen_q(
        .d(wen_q$d),
        .q(wen_q$q),
        .clock(wen_q$clock)
    );
    
    // Update code
    always @(*) begin
        crc_q$clock = clock;
        started$clock = clock;
        bad$clock = clock;
        zero_pending$clock = clock;
        count$clock = clock;
        len_q$clock = clock;
        seq_q$clock = clock;
        cmd_q$clock = clock;
        ok_q$clock = clock;
        crc_err_q$clock = clock;
        framing_q$clock = clock;
        waddr_q$clock = clock;
        wdata_q$clock = clock;
        wen_q$clock = clock;
        crc_q$d = crc_q$q;
        started$d = started$q;
        bad$d = bad$q;
        zero_pending$d = zero_pending$q;
        count$d = count$q;
        len_q$d = len_q$q;
        seq_q$d = seq_q$q;
        cmd_q$d = cmd_q$q;
        ok_q$d = ok_q$q;
        crc_err_q$d = crc_err_q$q;
        framing_q$d = framing_q$q;
        waddr_q$d = waddr_q$q;
        wdata_q$d = wdata_q$q;
        wen_q$d = wen_q$q;
        buf_addr = waddr_q$q;
        buf_data = wdata_q$q;
        buf_write = wen_q$q;
        frame_ok = ok_q$q;
        crc_error = crc_err_q$q;
        framing_error = framing_q$q;
        len = len_q$q;
        seq = seq_q$q;
        cmd = cmd_q$q;
        ok_q$d = 1'b0;
        crc_err_q$d = 1'b0;
        framing_q$d = 1'b0;
        wen_q$d = 1'b0;
        emit = 1'b0;
        emit_byte = data;
        if (valid) begin
            if (data == 32'h0) begin
                if (started$q) begin
                    started$d = 1'b0;
                    if (bad$q | (count$q != 32'h1) | (len_q$q[(32'h2)+:(9)] == 32'h0)) begin
                        framing_q$d = 1'b1;
                    end
                    else if (crc_q$q != residue) begin
                        crc_err_q$d = 1'b1;
                    end
                    else begin
                        ok_q$d = 1'b1;
                    end
                end
            end
            else if (~started$q) begin
                started$d = 1'b1;
                bad$d = hold;
                len_q$d = 32'h0;
                seq_q$d = 32'h0;
                cmd_q$d = 32'h0;
                crc_q$d = 32'hffff;
                count$d = data;
                zero_pending$d = data != 32'hff;
            end
            else begin
                if (hold) begin
                    bad$d = 1'b1;
                end
                if (count$q == 32'h1) begin
                    count$d = data;
                    zero_pending$d = data != 32'hff;
                    if (zero_pending$q) begin
                        emit = 1'b1;
                        emit_byte = 32'h0;
                    end
                end
                else begin
                    count$d = count$q - 32'h1;
                    emit = 1'b1;
                end
            end
        end
        crc$crc = crc_q$q;
        pay_at = len_q$q - 32'h2;
        crc$data = emit_byte;
        if (emit) begin
            if (len_q$q == max_body) begin
                bad$d = 1'b1;
            end
            else begin
                wen_q$d = ~bad$q & ~hold & ~pay_at[32'ha];
                waddr_q$d = pay_at[(32'h0)+:(10)];
                wdata_q$d = emit_byte;
                len_q$d = len_q$q + 32'h1;
                crc_q$d = crc$out;
                if (len_q$q == 32'h0) begin
                    seq_q$d = emit_byte;
                end
                if (len_q$q == 32'h1) begin
                    cmd_q$d = emit_byte;
                end
            end
        end
    end
    
endmodule // top$app$link$engine$frx


module top$app$link$engine$frx$bad(d,q,clock);
    
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
          
endmodule // top$app$link$engine$frx$bad


module top$app$link$engine$frx$cmd_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$frx$cmd_q


module top$app$link$engine$frx$count(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$frx$count


module top$app$link$engine$frx$crc(crc,data,out);
    
    // Module arguments
    input wire  [15:0] crc;
    input wire  [7:0] data;
    output reg  [15:0] out;
    
    // Local signals
    reg  [15:0] x0;
    reg  [15:0] x1;
    
    // Update code
    always @(*) begin
        x0 = (crc >> 32'h8) ^ ((data) & 16'hffff);
        x1 = x0 ^ (x0 >> 32'h4);
        out = (crc << 32'h8) ^ (x1 << 32'hc) ^ (x1 << 32'h5) ^ x1;
    end
    
endmodule // top$app$link$engine$frx$crc


module top$app$link$engine$frx$crc_err_q(d,q,clock);
    
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
          
endmodule // top$app$link$engine$frx$crc_err_q


module top$app$link$engine$frx$crc_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$frx$crc_q


module top$app$link$engine$frx$framing_q(d,q,clock);
    
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
          
endmodule // top$app$link$engine$frx$framing_q


module top$app$link$engine$frx$len_q(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$frx$len_q


module top$app$link$engine$frx$ok_q(d,q,clock);
    
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
          
endmodule // top$app$link$engine$frx$ok_q


module top$app$link$engine$frx$seq_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$frx$seq_q


module top$app$link$engine$frx$started(d,q,clock);
    
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
          
endmodule // top$app$link$engine$frx$started


module top$app$link$engine$frx$waddr_q(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$frx$waddr_q


module top$app$link$engine$frx$wdata_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$frx$wdata_q


module top$app$link$engine$frx$wen_q(d,q,clock);
    
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
          
endmodule // top$app$link$engine$frx$wen_q


module top$app$link$engine$frx$zero_pending(d,q,clock);
    
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
          
endmodule // top$app$link$engine$frx$zero_pending


module top$app$link$engine$ftx(clock,start,len,h0,h1,ready,buf_addr,buf_data,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  start;
    input wire  [10:0] len;
    input wire  [7:0] h0;
    input wire  [7:0] h1;
    output reg  ready;
    output reg  [9:0] buf_addr;
    input wire  [7:0] buf_data;
    output reg  [7:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Enums
    localparam TxState$Idle = 0;
    localparam TxState$ScanAddr = 1;
    localparam TxState$ScanData = 2;
    localparam TxState$Code = 3;
    localparam TxState$EmitAddr = 4;
    localparam TxState$EmitData = 5;
    localparam TxState$Delim = 6;
    
    // Stub signals
    reg  [15:0] crc$crc;
    reg  [7:0] crc$data;
    wire  [15:0] crc$out;
    reg  [15:0] crc_q$d;
    wire  [15:0] crc_q$q;
    reg  crc_q$clock;
    reg  [2:0] state$d;
    wire  [2:0] state$q;
    reg  state$clock;
    reg  last$d;
    wire  last$q;
    reg  last$clock;
    reg  [10:0] len_q$d;
    wire  [10:0] len_q$q;
    reg  len_q$clock;
    reg  [10:0] scan$d;
    wire  [10:0] scan$q;
    reg  scan$clock;
    reg  [10:0] pos$d;
    wire  [10:0] pos$q;
    reg  pos$clock;
    reg  [7:0] n$d;
    wire  [7:0] n$q;
    reg  n$clock;
    
    // Local signals
    reg  [10:0] rel;
    reg  at_crc;
    reg  [7:0] vbyte;
    reg  [15:0] crc_final;
    
    // Sub module instances
    top$app$link$engine$ftx$crc crc(
        .crc(crc$crc),
        .data(crc$data),
        .out(crc$out)
    );
    top$app$link$engine$ftx$crc_q crc_q(
        .d(crc_q$d),
        .q(crc_q$q),
        .clock(crc_q$clock)
    );
    top$app$link$engine$ftx$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$app$link$engine$ftx$last last(
        .d(last$d),
        .q(last$q),
        .clock(last$clock)
    );
    top$app$link$engine$ftx$len_q len_q(
        .d(len_q$d),
        .q(len_q$q),
        .clock(len_q$clock)
    );
    top$app$link$engine$ftx$scan scan(
        .d(scan$d),
        .q(scan$q),
        .clock(scan$clock)
    );
    top$app$link$engine$ftx$pos pos(
        .d(pos$d),
        .q(pos$q),
        .clock(pos$clock)
    );
    top$app$link$engine$ftx$n n(
        .d(n$d),
        .q(n$q),
        .clock(n$clock)
    );
    
    // Update code
    always @(*) begin
        crc_q$clock = clock;
        state$clock = clock;
        last$clock = clock;
        len_q$clock = clock;
        pos$clock = clock;
        scan$clock = clock;
        n$clock = clock;
        crc_q$d = crc_q$q;
        state$d = state$q;
        last$d = last$q;
        len_q$d = len_q$q;
        pos$d = pos$q;
        scan$d = scan$q;
        n$d = n$q;
        ready = 1'b0;
        out_valid = 1'b0;
        out_data = 32'h0;
        buf_addr = scan$q[(32'h0)+:(10)];
        crc_final = crc_q$q ^ 32'hffff;
        rel = scan$q - len_q$q;
        at_crc = rel[(32'h1)+:(10)] == 32'h0;
        vbyte = buf_data;
        if (scan$q[(32'h1)+:(10)] == 32'h3ff) begin
            vbyte = h0;
            if (scan$q[32'h0]) begin
                vbyte = h1;
            end
        end
        if (at_crc) begin
            vbyte = crc_final[(32'h8)+:(8)];
            if (rel[32'h0]) begin
                vbyte = crc_final[(32'h0)+:(8)];
            end
        end
        crc$crc = crc_q$q;
        crc$data = vbyte;
        case (state$q)
            TxState$Idle:
                begin
                    ready = 1'b1;
                    if (start) begin
                        len_q$d = len;
                        crc_q$d = 32'hffff;
                        pos$d = 32'h7fe;
                        scan$d = 32'h7fe;
                        n$d = 32'h1;
                        state$d = TxState$ScanAddr;
                    end
                end
            TxState$ScanAddr:
                begin
                    last$d = 1'b0;
                    if (n$q == 32'hff) begin
                        state$d = TxState$Code;
                    end
                    else if (rel == 32'h2) begin
                        last$d = 1'b1;
                        state$d = TxState$Code;
                    end
                    else begin
                        state$d = TxState$ScanData;
                    end
                end
            TxState$ScanData:
                begin
                    if (~at_crc) begin
                        crc_q$d = crc$out;
                    end
                    scan$d = scan$q + 32'h1;
                    if (vbyte == 32'h0) begin
                        state$d = TxState$Code;
                    end
                    else begin
                        n$d = n$q + 32'h1;
                        state$d = TxState$ScanAddr;
                    end
                end
            TxState$Code:
                begin
                    out_valid = 1'b1;
                    out_data = n$q;
                    if (out_ready) begin
                        n$d = ~n$q;
                        scan$d = pos$q;
                        pos$d = scan$q;
                        state$d = TxState$EmitAddr;
                    end
                end
            TxState$EmitAddr:
                begin
                    if (n$q == 32'hfe) begin
                        n$d = 32'h1;
                        scan$d = pos$q;
                        if (last$q) begin
                            state$d = TxState$Delim;
                        end
                        else begin
                            state$d = TxState$ScanAddr;
                        end
                    end
                    else begin
                        state$d = TxState$EmitData;
                    end
                end
            TxState$EmitData:
                begin
                    out_valid = 1'b1;
                    out_data = vbyte;
                    if (out_ready) begin
                        scan$d = scan$q + 32'h1;
                        n$d = n$q + 32'h1;
                        state$d = TxState$EmitAddr;
                    end
                end
            TxState$Delim:
                begin
                    out_valid = 1'b1;
                    if (out_ready) begin
                        state$d = TxState$Idle;
                    end
                end
            default:
                begin
                    state$d = TxState$Idle;
                end
        endcase
    end
    
endmodule // top$app$link$engine$ftx


module top$app$link$engine$ftx$crc(crc,data,out);
    
    // Module arguments
    input wire  [15:0] crc;
    input wire  [7:0] data;
    output reg  [15:0] out;
    
    // Local signals
    reg  [15:0] x0;
    reg  [15:0] x1;
    
    // Update code
    always @(*) begin
        x0 = (crc >> 32'h8) ^ ((data) & 16'hffff);
        x1 = x0 ^ (x0 >> 32'h4);
        out = (crc << 32'h8) ^ (x1 << 32'hc) ^ (x1 << 32'h5) ^ x1;
    end
    
endmodule // top$app$link$engine$ftx$crc


module top$app$link$engine$ftx$crc_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$ftx$crc_q


module top$app$link$engine$ftx$last(d,q,clock);
    
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
          
endmodule // top$app$link$engine$ftx$last


module top$app$link$engine$ftx$len_q(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$ftx$len_q


module top$app$link$engine$ftx$n(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$ftx$n


module top$app$link$engine$ftx$pos(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$ftx$pos


module top$app$link$engine$ftx$scan(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$ftx$scan


module top$app$link$engine$ftx$state(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam TxState$Idle = 0;
    localparam TxState$ScanAddr = 1;
    localparam TxState$ScanData = 2;
    localparam TxState$Code = 3;
    localparam TxState$EmitAddr = 4;
    localparam TxState$EmitData = 5;
    localparam TxState$Delim = 6;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$ftx$state


module top$app$link$engine$has_last(d,q,clock);
    
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
          
endmodule // top$app$link$engine$has_last


module top$app$link$engine$have_prev(d,q,clock);
    
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
          
endmodule // top$app$link$engine$have_prev


module top$app$link$engine$idx(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$idx


module top$app$link$engine$inc_crc(d,q,clock);
    
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
          
endmodule // top$app$link$engine$inc_crc


module top$app$link$engine$inc_dup(d,q,clock);
    
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
          
endmodule // top$app$link$engine$inc_dup


module top$app$link$engine$inc_framing(d,q,clock);
    
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
          
endmodule // top$app$link$engine$inc_framing


module top$app$link$engine$inc_nack(d,q,clock);
    
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
          
endmodule // top$app$link$engine$inc_nack


module top$app$link$engine$inc_ok(d,q,clock);
    
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
          
endmodule // top$app$link$engine$inc_ok


module top$app$link$engine$last_h1(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$last_h1


module top$app$link$engine$last_len(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$last_len


module top$app$link$engine$last_seq(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$last_seq


module top$app$link$engine$left(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$left


module top$app$link$engine$lo(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$lo


module top$app$link$engine$many(d,q,clock);
    
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
          
endmodule // top$app$link$engine$many


module top$app$link$engine$nack_code(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$nack_code


module top$app$link$engine$nsteps(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$nsteps


module top$app$link$engine$over(d,q,clock);
    
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
          
endmodule // top$app$link$engine$over


module top$app$link$engine$pay_end(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$pay_end


module top$app$link$engine$pend_code(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$pend_code


module top$app$link$engine$pend_frame(d,q,clock);
    
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
          
endmodule // top$app$link$engine$pend_frame


module top$app$link$engine$pend_len(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$pend_len


module top$app$link$engine$pend_nack(d,q,clock);
    
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
          
endmodule // top$app$link$engine$pend_nack


module top$app$link$engine$pend_seq(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$pend_seq


module top$app$link$engine$pop_q(d,q,clock);
    
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
          
endmodule // top$app$link$engine$pop_q


module top$app$link$engine$push_id(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$push_id


module top$app$link$engine$push_q(d,q,clock);
    
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
          
endmodule // top$app$link$engine$push_q


module top$app$link$engine$rd_last(d,q,clock);
    
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
          
endmodule // top$app$link$engine$rd_last


module top$app$link$engine$read_q(d,q,clock);
    
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
          
endmodule // top$app$link$engine$read_q


module top$app$link$engine$reset_q(d,q,clock);
    
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
          
endmodule // top$app$link$engine$reset_q


module top$app$link$engine$rp(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$rp


module top$app$link$engine$run_end(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$run_end


module top$app$link$engine$rxram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [9:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [9:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[7:0] mem[1023:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$app$link$engine$rxram


module top$app$link$engine$seq(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$seq


module top$app$link$engine$si(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$si


module top$app$link$engine$skip(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$skip


module top$app$link$engine$small_h1(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$small_h1


module top$app$link$engine$small_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$small_q


module top$app$link$engine$small_resp(d,q,clock);
    
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
          
endmodule // top$app$link$engine$small_resp


module top$app$link$engine$start_q(d,q,clock);
    
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
          
endmodule // top$app$link$engine$start_q


module top$app$link$engine$state(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Enums
    localparam Phase$Idle = 0;
    localparam Phase$Dispatch = 1;
    localparam Phase$A0 = 2;
    localparam Phase$A1 = 3;
    localparam Phase$A2 = 4;
    localparam Phase$WrCheck = 5;
    localparam Phase$WrLo = 6;
    localparam Phase$WrHi = 7;
    localparam Phase$WrIssue = 8;
    localparam Phase$RdC0 = 9;
    localparam Phase$RdC1 = 10;
    localparam Phase$RdCheck = 11;
    localparam Phase$Checked = 12;
    localparam Phase$RdIssue = 13;
    localparam Phase$RdWait = 14;
    localparam Phase$RdHi = 15;
    localparam Phase$StByte = 16;
    localparam Phase$StPad0 = 17;
    localparam Phase$StPad1 = 18;
    localparam Phase$Reset = 19;
    localparam Phase$StEmit = 20;
    localparam Phase$RvN = 21;
    localparam Phase$RvT0 = 22;
    localparam Phase$RvT1 = 23;
    localparam Phase$RvTok = 24;
    localparam Phase$RvBm = 25;
    localparam Phase$RvEnd = 26;
    localparam Phase$ReBmByte = 27;
    localparam Phase$ReBmBit = 28;
    localparam Phase$ReClear = 29;
    localparam Phase$ReStart = 30;
    localparam Phase$ReWait = 31;
    localparam Phase$RePop = 32;
    localparam Phase$ReFlush = 33;
    localparam Phase$ReLo = 34;
    localparam Phase$ReHi = 35;
    localparam Phase$ReFin = 36;
    localparam Phase$ReHdr = 37;
    localparam Phase$ReHdrHi = 38;
    localparam Phase$ReCopyA = 39;
    localparam Phase$ReCopyW = 40;
    localparam Phase$Ack = 41;
    localparam Phase$Nack1 = 42;
    localparam Phase$Nack2 = 43;
    localparam Phase$Nack3 = 44;
    localparam Phase$Info = 45;
    localparam Phase$FrameNack = 46;
    localparam Phase$Respond = 47;
    localparam Phase$Replay = 48;
    localparam Phase$SendSmall = 49;
    localparam Phase$Sending = 50;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$state


module top$app$link$engine$tx_go(d,q,clock);
    
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
          
endmodule // top$app$link$engine$tx_go


module top$app$link$engine$txram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [9:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [9:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[7:0] mem[1023:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$app$link$engine$txram


module top$app$link$engine$verr(d,q,clock);
    
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
          
endmodule // top$app$link$engine$verr


module top$app$link$engine$wait_cmd(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$wait_cmd


module top$app$link$engine$wait_seq(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$wait_seq


module top$app$link$engine$word(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$word


module top$app$link$engine$wp(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$engine$wp


module top$app$link$engine$write_q(d,q,clock);
    
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
          
endmodule // top$app$link$engine$write_q


module top$app$link$rx(clock,rx,data,valid,framing_error);
    
    // Module arguments
    input wire  clock;
    input wire  rx;
    output reg  [7:0] data;
    output reg  valid;
    output reg  framing_error;
    
    // Constant declarations
    localparam  divisor_m1 = 16'h7;
    localparam  start_count = 16'h4;
    localparam  count_mask = 16'h7;
    
    // Enums
    localparam RxState$Idle = 0;
    localparam RxState$Start = 1;
    localparam RxState$Data = 2;
    localparam RxState$Break = 3;
    
    // Stub signals
    reg  sync1$d;
    wire  sync1$q;
    reg  sync1$clock;
    reg  sync2$d;
    wire  sync2$q;
    reg  sync2$clock;
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  [15:0] count$d;
    wire  [15:0] count$q;
    reg  count$clock;
    reg  [8:0] shift$d;
    wire  [8:0] shift$q;
    reg  shift$clock;
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  ferr_q$d;
    wire  ferr_q$q;
    reg  ferr_q$clock;
    
    // Sub module instances
    top$app$link$rx$sync1 sync1(
        .d(sync1$d),
        .q(sync1$q),
        .clock(sync1$clock)
    );
    top$app$link$rx$sync2 sync2(
        .d(sync2$d),
        .q(sync2$q),
        .clock(sync2$clock)
    );
    top$app$link$rx$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$app$link$rx$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$app$link$rx$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    top$app$link$rx$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$app$link$rx$ferr_q ferr_q(
        .d(ferr_q$d),
        .q(ferr_q$q),
        .clock(ferr_q$clock)
    );
    
    // Update code
    always @(*) begin
        sync1$clock = clock;
        sync2$clock = clock;
        state$clock = clock;
        count$clock = clock;
        shift$clock = clock;
        valid_q$clock = clock;
        ferr_q$clock = clock;
        sync1$d = sync1$q;
        sync2$d = sync2$q;
        state$d = state$q;
        count$d = count$q;
        shift$d = shift$q;
        valid_q$d = valid_q$q;
        ferr_q$d = ferr_q$q;
        sync1$d = rx;
        sync2$d = sync1$q;
        data = shift$q[(32'h1)+:(8)];
        valid = valid_q$q;
        framing_error = ferr_q$q;
        valid_q$d = 1'b0;
        ferr_q$d = 1'b0;
        count$d = (count$q + 32'h1) & count_mask;
        if (count$q == divisor_m1) begin
            count$d = 32'h0;
        end
        case (state$q)
            RxState$Idle:
                begin
                    count$d = start_count;
                    if (~sync2$q) begin
                        state$d = RxState$Start;
                    end
                end
            RxState$Start:
                begin
                    if (count$q == divisor_m1) begin
                        shift$d = 32'h100;
                        if (sync2$q) begin
                            state$d = RxState$Idle;
                        end
                        else begin
                            state$d = RxState$Data;
                        end
                    end
                end
            RxState$Data:
                begin
                    if (count$q == divisor_m1) begin
                        if (shift$q[32'h0]) begin
                            if (sync2$q) begin
                                valid_q$d = 1'b1;
                                state$d = RxState$Idle;
                            end
                            else begin
                                ferr_q$d = 1'b1;
                                state$d = RxState$Break;
                            end
                        end
                        else begin
                            shift$d = (shift$q >> 32'h1) | (((sync2$q) & 9'h1ff) << 32'h8);
                        end
                    end
                end
            RxState$Break:
                begin
                    if (sync2$q) begin
                        state$d = RxState$Idle;
                    end
                end
            default:
                begin
                    state$d = RxState$Idle;
                end
        endcase
    end
    
endmodule // top$app$link$rx


module top$app$link$rx$count(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$rx$count


module top$app$link$rx$ferr_q(d,q,clock);
    
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
          
endmodule // top$app$link$rx$ferr_q


module top$app$link$rx$shift(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$rx$shift


module top$app$link$rx$state(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam RxState$Idle = 0;
    localparam RxState$Start = 1;
    localparam RxState$Data = 2;
    localparam RxState$Break = 3;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$rx$state


module top$app$link$rx$sync1(d,q,clock);
    
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
          
endmodule // top$app$link$rx$sync1


module top$app$link$rx$sync2(d,q,clock);
    
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
          
endmodule // top$app$link$rx$sync2


module top$app$link$rx$valid_q(d,q,clock);
    
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
          
endmodule // top$app$link$rx$valid_q


module top$app$link$tx(clock,data,start,ready,tx);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] data;
    input wire  start;
    output reg  ready;
    output reg  tx;
    
    // Constant declarations
    localparam  divisor_m1 = 16'h7;
    localparam  count_mask = 16'h7;
    
    // Stub signals
    reg  [9:0] nshift$d;
    wire  [9:0] nshift$q;
    reg  nshift$clock;
    reg  [3:0] bits$d;
    wire  [3:0] bits$q;
    reg  bits$clock;
    reg  [15:0] count$d;
    wire  [15:0] count$q;
    reg  count$clock;
    
    // Sub module instances
    top$app$link$tx$nshift nshift(
        .d(nshift$d),
        .q(nshift$q),
        .clock(nshift$clock)
    );
    top$app$link$tx$bits bits(
        .d(bits$d),
        .q(bits$q),
        .clock(bits$clock)
    );
    top$app$link$tx$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    
    // Update code
    always @(*) begin
        nshift$clock = clock;
        bits$clock = clock;
        count$clock = clock;
        nshift$d = nshift$q;
        bits$d = bits$q;
        count$d = count$q;
        ready = bits$q == 32'h0;
        tx = ~nshift$q[32'h0];
        if (bits$q != 32'h0) begin
            if (count$q == divisor_m1) begin
                count$d = 32'h0;
                nshift$d = nshift$q >> 32'h1;
                bits$d = bits$q - 32'h1;
            end
            else begin
                count$d = (count$q + 32'h1) & count_mask;
            end
        end
        else if (start) begin
            nshift$d = (((data) & 10'h3ff) << 32'h1) ^ ((32'h1ff) & 10'h3ff);
            bits$d = 32'ha;
            count$d = 32'h0;
        end
    end
    
endmodule // top$app$link$tx


module top$app$link$tx$bits(d,q,clock);
    
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
          
endmodule // top$app$link$tx$bits


module top$app$link$tx$count(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$tx$count


module top$app$link$tx$nshift(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$app$link$tx$nshift

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
module SB_SPRAM256KA(input [13:0] ADDRESS, input [15:0] DATAIN, input [3:0] MASKWREN,
    input WREN, input CHIPSELECT, input CLOCK, input STANDBY, input SLEEP,
    input POWEROFF, output [15:0] DATAOUT);
endmodule

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
