//! The network file: TOML with an optional weight CSV.
//!
//! ```toml
//! [core]
//! inputs = 16          # 1..=4096 input channels
//! neurons = 32         # 1..=4096
//! weight_shift = 4     # 0..=7 (default 0)
//!
//! [neuron]             # defaults for every neuron (each key optional)
//! syn_shift = 2        # 0..=15 (default 2)
//! mem_shift = 3        # 0..=15 (default 3)
//! bias = 0             # -32768..=32767 (default 0)
//! threshold = 200      # 1..=32767 (default 200)
//! reset = "zero"       # "zero" | "subtract" (default "zero")
//! refractory = 2       # 0..=15 (default 2)
//!
//! [[neuron.override]]  # any neuron key, for neurons first..first+count-1 (applied in file order)
//! first = 8
//! count = 4
//! threshold = 150
//!
//! [synapses]
//! file = "weights.csv" # relative to this TOML; header `source,target,weight`
//! # or: weights = [[0, 3, 57], [16, 2, -20]]   (source, target, weight)
//!
//! [stdp]               # optional; absent = no learning. Every key optional (defaults shown)
//! pre_decay_shift = 2  # 0..=7
//! post_decay_shift = 3 # 0..=7
//! pre_increment = 255  # 1..=255
//! post_increment = 255 # 1..=255
//! plus_shift = 4       # 0..=7
//! minus_shift = 5      # 0..=7
//! w_min = -128         # -128..=127
//! w_max = 127          # -128..=127, >= w_min
//! plastic = [[0, 16]]  # [first, count] source ranges whose rows learn; absent = every source
//! ```
//! Sources `0..inputs` are input channels, `inputs..inputs+neurons` the neurons (recurrent).
//! Every value out of range, unknown key, duplicate synapse or out-of-bounds source/target is
//! an error naming the file, the line and column (or CSV line), the key and the allowed range.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::network::{Network, Stdp, MAX_INPUTS, MAX_NEURONS};
use crate::neuron::{NeuronParams, Reset};
use crate::stdp::StdpParams;

/// A network file error, already formatted as `file:line:column: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NetFileError(pub String);

impl std::fmt::Display for NetFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NetFileError {}

type Num = Spanned<i64>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    core: RawCore,
    neuron: Option<RawNeuron>,
    synapses: Option<RawSynapses>,
    stdp: Option<RawStdp>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCore {
    inputs: Num,
    neurons: Num,
    weight_shift: Option<Num>,
}

/// The neuron keys, shared by `[neuron]` and `[[neuron.override]]`.
struct RawNeuronKeys {
    syn_shift: Option<Num>,
    mem_shift: Option<Num>,
    bias: Option<Num>,
    threshold: Option<Num>,
    reset: Option<Spanned<String>>,
    refractory: Option<Num>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNeuron {
    syn_shift: Option<Num>,
    mem_shift: Option<Num>,
    bias: Option<Num>,
    threshold: Option<Num>,
    reset: Option<Spanned<String>>,
    refractory: Option<Num>,
    #[serde(rename = "override", default)]
    overrides: Vec<Spanned<RawOverride>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOverride {
    first: Num,
    count: Num,
    syn_shift: Option<Num>,
    mem_shift: Option<Num>,
    bias: Option<Num>,
    threshold: Option<Num>,
    reset: Option<Spanned<String>>,
    refractory: Option<Num>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSynapses {
    file: Option<Spanned<String>>,
    weights: Option<Vec<Spanned<Vec<Num>>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStdp {
    pre_decay_shift: Option<Num>,
    post_decay_shift: Option<Num>,
    pre_increment: Option<Num>,
    post_increment: Option<Num>,
    plus_shift: Option<Num>,
    minus_shift: Option<Num>,
    w_min: Option<Num>,
    w_max: Option<Num>,
    plastic: Option<Vec<Spanned<Vec<Num>>>>,
}

/// Where errors point: the file name and its text (to turn byte offsets into line:column).
struct Ctx<'a> {
    name: String,
    text: &'a str,
}

impl Ctx<'_> {
    fn at(&self, offset: usize, msg: impl std::fmt::Display) -> NetFileError {
        let (line, col) = line_col(self.text, offset);
        NetFileError(format!("{}:{line}:{col}: {msg}", self.name))
    }

    /// Check that a spanned integer lies in `lo..=hi`; the error names the key and the range.
    fn int(&self, key: &str, v: &Num, lo: i64, hi: i64) -> Result<i64, NetFileError> {
        let x = *v.get_ref();
        if x < lo || x > hi {
            return Err(self.at(
                v.span().start,
                format!("{key} = {x} is out of range {lo}..={hi}"),
            ));
        }
        Ok(x)
    }

    fn opt<T: TryFrom<i64>>(
        &self,
        key: &str,
        v: &Option<Num>,
        lo: i64,
        hi: i64,
        default: T,
    ) -> Result<T, NetFileError> {
        match v {
            None => Ok(default),
            Some(v) => {
                let x = self.int(key, v, lo, hi)?;
                // in range by the check above, so the conversion cannot fail
                T::try_from(x)
                    .map_err(|_| self.at(v.span().start, format!("{key} = {x} does not fit")))
            }
        }
    }

    /// Check that an inline array entry has exactly `N` numbers (`what` names them).
    fn fixed<'b, const N: usize>(
        &self,
        key: &str,
        entry: &'b Spanned<Vec<Num>>,
        what: &str,
    ) -> Result<&'b [Num; N], NetFileError> {
        let e = entry.get_ref();
        e.as_slice().try_into().map_err(|_| {
            self.at(
                entry.span().start,
                format!("{key} must be [{what}], got {} numbers", e.len()),
            )
        })
    }

    /// Apply the neuron keys that are present to `p`.
    fn neuron_keys(
        &self,
        prefix: &str,
        k: &RawNeuronKeys,
        p: &mut NeuronParams,
    ) -> Result<(), NetFileError> {
        p.syn_shift = self.opt(
            &format!("{prefix}.syn_shift"),
            &k.syn_shift,
            0,
            15,
            p.syn_shift,
        )?;
        p.mem_shift = self.opt(
            &format!("{prefix}.mem_shift"),
            &k.mem_shift,
            0,
            15,
            p.mem_shift,
        )?;
        p.bias = self.opt(&format!("{prefix}.bias"), &k.bias, -32768, 32767, p.bias)?;
        p.threshold = self.opt(
            &format!("{prefix}.threshold"),
            &k.threshold,
            1,
            32767,
            p.threshold,
        )?;
        p.refractory = self.opt(
            &format!("{prefix}.refractory"),
            &k.refractory,
            0,
            15,
            p.refractory,
        )?;
        if let Some(r) = &k.reset {
            p.reset = match r.get_ref().as_str() {
                "zero" => Reset::Zero,
                "subtract" => Reset::Subtract,
                other => {
                    return Err(self.at(
                        r.span().start,
                        format!("{prefix}.reset = {other:?} is not one of \"zero\", \"subtract\""),
                    ))
                }
            };
        }
        Ok(())
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Read a network file (and the weight CSV it names, relative to it).
pub fn load(path: &Path) -> Result<Network, NetFileError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| NetFileError(format!("{}: cannot read: {e}", path.display())))?;
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    parse(&text, &path.display().to_string(), &dir)
}

/// Parse network TOML text. `name` is used in messages; a weight CSV is read relative to `dir`.
pub fn parse(text: &str, name: &str, dir: &Path) -> Result<Network, NetFileError> {
    let cx = Ctx {
        name: name.to_string(),
        text,
    };
    let raw: RawFile = toml::from_str(text).map_err(|e| match e.span() {
        Some(span) => cx.at(span.start, e.message()),
        None => NetFileError(format!("{name}: {}", e.message())),
    })?;
    let inputs = cx.int("core.inputs", &raw.core.inputs, 1, MAX_INPUTS as i64)? as usize;
    let neurons = cx.int("core.neurons", &raw.core.neurons, 1, MAX_NEURONS as i64)? as usize;
    let weight_shift: u8 = cx.opt("core.weight_shift", &raw.core.weight_shift, 0, 7, 0)?;

    let mut defaults = NeuronParams::default();
    let mut overrides = Vec::new();
    if let Some(n) = raw.neuron {
        let keys = RawNeuronKeys {
            syn_shift: n.syn_shift,
            mem_shift: n.mem_shift,
            bias: n.bias,
            threshold: n.threshold,
            reset: n.reset,
            refractory: n.refractory,
        };
        cx.neuron_keys("neuron", &keys, &mut defaults)?;
        overrides = n.overrides;
    }
    let mut net = Network::new(inputs, neurons, weight_shift, defaults);
    for (k, o) in overrides.iter().enumerate() {
        let prefix = format!("neuron.override[{k}]");
        let o = o.get_ref();
        let first = cx.int(&format!("{prefix}.first"), &o.first, 0, neurons as i64 - 1)? as usize;
        let count = cx.int(
            &format!("{prefix}.count"),
            &o.count,
            1,
            (neurons - first) as i64,
        )? as usize;
        let keys = RawNeuronKeys {
            syn_shift: o.syn_shift.clone(),
            mem_shift: o.mem_shift.clone(),
            bias: o.bias.clone(),
            threshold: o.threshold.clone(),
            reset: o.reset.clone(),
            refractory: o.refractory.clone(),
        };
        for p in &mut net.params[first..first + count] {
            cx.neuron_keys(&prefix, &keys, p)?;
        }
    }

    if let Some(syn) = raw.synapses {
        let mut seen = Seen(vec![0; net.sources() * neurons]);
        match (syn.file, syn.weights) {
            (Some(_), Some(w)) => {
                let at = w.first().map_or(0, |x| x.span().start);
                return Err(cx.at(at, "synapses: give either `file` or `weights`, not both"));
            }
            (Some(file), None) => {
                let csv_path: PathBuf = dir.join(file.get_ref());
                let csv = std::fs::read_to_string(&csv_path).map_err(|e| {
                    cx.at(
                        file.span().start,
                        format!("synapses.file: cannot read {}: {e}", csv_path.display()),
                    )
                })?;
                read_weight_csv(&csv, &csv_path.display().to_string(), &mut net, &mut seen)?;
            }
            (None, Some(list)) => {
                for (k, entry) in list.iter().enumerate() {
                    let key = format!("synapses.weights[{k}]");
                    let e: &[Num; 3] = cx.fixed(&key, entry, "source, target, weight")?;
                    let s = cx.int(&format!("{key} source"), &e[0], 0, net.sources() as i64 - 1)?;
                    let t = cx.int(&format!("{key} target"), &e[1], 0, neurons as i64 - 1)?;
                    let w = cx.int(&format!("{key} weight"), &e[2], -128, 127)?;
                    let describe = |k: u32| {
                        let (l, c) = line_col(text, list[k as usize - 1].span().start);
                        format!("{name}:{l}:{c}")
                    };
                    seen.add(
                        &mut net,
                        s as usize,
                        t as usize,
                        w as i8,
                        k as u32 + 1,
                        &describe,
                    )?;
                }
            }
            (None, None) => {}
        }
    }

    if let Some(st) = raw.stdp {
        let d = StdpParams::default();
        let params = StdpParams {
            pre_decay_shift: cx.opt(
                "stdp.pre_decay_shift",
                &st.pre_decay_shift,
                0,
                7,
                d.pre_decay_shift,
            )?,
            post_decay_shift: cx.opt(
                "stdp.post_decay_shift",
                &st.post_decay_shift,
                0,
                7,
                d.post_decay_shift,
            )?,
            pre_increment: cx.opt(
                "stdp.pre_increment",
                &st.pre_increment,
                1,
                255,
                d.pre_increment,
            )?,
            post_increment: cx.opt(
                "stdp.post_increment",
                &st.post_increment,
                1,
                255,
                d.post_increment,
            )?,
            plus_shift: cx.opt("stdp.plus_shift", &st.plus_shift, 0, 7, d.plus_shift)?,
            minus_shift: cx.opt("stdp.minus_shift", &st.minus_shift, 0, 7, d.minus_shift)?,
            w_min: cx.opt("stdp.w_min", &st.w_min, -128, 127, d.w_min)?,
            w_max: cx.opt("stdp.w_max", &st.w_max, -128, 127, d.w_max)?,
        };
        if params.w_min > params.w_max {
            let at = st
                .w_max
                .as_ref()
                .or(st.w_min.as_ref())
                .map_or(0, |v| v.span().start);
            return Err(cx.at(
                at,
                format!(
                    "stdp.w_min = {} is greater than stdp.w_max = {}",
                    params.w_min, params.w_max
                ),
            ));
        }
        let sources = net.sources();
        let plastic = match &st.plastic {
            None => vec![true; sources],
            Some(ranges) => {
                let mut flags = vec![false; sources];
                for (k, r) in ranges.iter().enumerate() {
                    let key = format!("stdp.plastic[{k}]");
                    let e: &[Num; 2] = cx.fixed(&key, r, "first, count")?;
                    let first =
                        cx.int(&format!("{key} first"), &e[0], 0, sources as i64 - 1)? as usize;
                    let count =
                        cx.int(&format!("{key} count"), &e[1], 1, (sources - first) as i64)?
                            as usize;
                    flags[first..first + count].fill(true);
                }
                flags
            }
        };
        for s in (0..sources).filter(|&s| plastic[s]) {
            for n in 0..neurons {
                let w = net.weight(s, n);
                if w < params.w_min || w > params.w_max {
                    return Err(NetFileError(format!(
                        "{name}: plastic synapse {s} -> {n} has weight {w}, outside [stdp.w_min, stdp.w_max] = [{}, {}]",
                        params.w_min, params.w_max
                    )));
                }
            }
        }
        net.stdp = Some(Stdp { params, plastic });
    }
    net.validate()
        .map_err(|e| NetFileError(format!("{name}: {e}")))?;
    Ok(net)
}

/// Which synapses a file has set, and where (a line number, or an entry index for the
/// inline list), to report duplicates. Dense: one `u32` per synapse, 0 = not yet set.
struct Seen(Vec<u32>);

impl Seen {
    /// Set weight `s -> t` given at place `at` (>= 1); `describe` turns a place into text.
    fn add(
        &mut self,
        net: &mut Network,
        s: usize,
        t: usize,
        w: i8,
        at: u32,
        describe: &dyn Fn(u32) -> String,
    ) -> Result<(), NetFileError> {
        let slot = &mut self.0[s * net.neurons + t];
        if *slot != 0 {
            return Err(NetFileError(format!(
                "{}: duplicate synapse {s} -> {t} (first given at {})",
                describe(at),
                describe(*slot)
            )));
        }
        *slot = at;
        net.set_weight(s, t, w);
        Ok(())
    }
}

/// A CSV line, for messages: displays as `file:line`.
#[derive(Clone, Copy)]
pub(crate) struct CsvLine<'a> {
    pub name: &'a str,
    pub line: usize,
}

impl std::fmt::Display for CsvLine<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.name, self.line)
    }
}

/// Parse the integer cell of column `col` at `at`, with the range check; the message
/// names the file, the line and the column.
pub(crate) fn csv_int(cell: &str, col: &str, lo: i64, hi: i64, at: CsvLine) -> Result<i64, String> {
    let x: i64 = cell
        .trim()
        .parse()
        .map_err(|_| format!("{at}: {col} {:?} is not an integer", cell.trim()))?;
    if x < lo || x > hi {
        return Err(format!("{at}: {col} = {x} is out of range {lo}..={hi}"));
    }
    Ok(x)
}

/// The data rows of CSV text with exactly the columns `header`, as (line, cells), after
/// checking the header; blank lines are skipped, a row with another field count is an error.
pub(crate) fn csv_rows<'a, const N: usize>(
    text: &'a str,
    name: &'a str,
    header: [&'a str; N],
) -> Result<impl Iterator<Item = Result<(CsvLine<'a>, [&'a str; N]), String>> + 'a, String> {
    let mut lines = text.lines().enumerate();
    let first = lines
        .by_ref()
        .find(|(_, l)| !l.trim().is_empty())
        .ok_or_else(|| {
            format!(
                "{name}: empty file, expected the header `{}`",
                header.join(",")
            )
        })?;
    if !first.1.split(',').map(str::trim).eq(header.iter().copied()) {
        return Err(format!(
            "{name}:{}: header is `{}`, expected `{}`",
            first.0 + 1,
            first.1.trim(),
            header.join(",")
        ));
    }
    Ok(lines
        .filter(|(_, l)| !l.trim().is_empty())
        .map(move |(i, l)| {
            let at = CsvLine { name, line: i + 1 };
            let mut cells = [""; N];
            let mut fields = l.split(',');
            for c in cells.iter_mut() {
                *c = fields.next().unwrap_or("");
            }
            let count = l.split(',').count();
            if count != N {
                return Err(format!(
                    "{at}: expected {N} fields ({}), got {count}",
                    header.join(",")
                ));
            }
            Ok((at, cells))
        }))
}

fn read_weight_csv(
    text: &str,
    name: &str,
    net: &mut Network,
    seen: &mut Seen,
) -> Result<(), NetFileError> {
    let (sources, neurons) = (net.sources() as i64, net.neurons as i64);
    let rows = csv_rows(text, name, ["source", "target", "weight"]).map_err(NetFileError)?;
    for row in rows {
        let (at, [s, t, w]) = row.map_err(NetFileError)?;
        let s = csv_int(s, "source", 0, sources - 1, at).map_err(NetFileError)?;
        let t = csv_int(t, "target", 0, neurons - 1, at).map_err(NetFileError)?;
        let w = csv_int(w, "weight", -128, 127, at).map_err(NetFileError)?;
        seen.add(net, s as usize, t as usize, w as i8, at.line as u32, &|l| {
            format!("{name}:{l}")
        })?;
    }
    Ok(())
}
/// Write `net` as a network TOML at `toml_path` plus `<stem>_weights.csv` beside it
/// (only non-zero weights). Reading them back with [`load`] gives `net` again.
pub fn save(net: &Network, toml_path: &Path) -> std::io::Result<()> {
    let stem = toml_path
        .file_stem()
        .map_or_else(|| "network".into(), |s| s.to_string_lossy().into_owned());
    let csv_name = format!("{stem}_weights.csv");
    let csv_path = toml_path.with_file_name(&csv_name);
    let mut t = String::new();
    let _ = writeln!(
        t,
        "[core]\ninputs = {}\nneurons = {}\nweight_shift = {}\n",
        net.inputs, net.neurons, net.weight_shift
    );
    let d = net.params.first().copied().unwrap_or_default();
    let _ = writeln!(t, "[neuron]\n{}", neuron_keys_toml(&d));
    for (n, p) in net.params.iter().enumerate() {
        if *p != d {
            let _ = writeln!(
                t,
                "[[neuron.override]]\nfirst = {n}\ncount = 1\n{}",
                neuron_keys_toml(p)
            );
        }
    }
    let _ = writeln!(t, "[synapses]\nfile = {csv_name:?}\n");
    if let Some(stdp) = &net.stdp {
        let p = &stdp.params;
        let _ = writeln!(
            t,
            "[stdp]\npre_decay_shift = {}\npost_decay_shift = {}\npre_increment = {}\npost_increment = {}\nplus_shift = {}\nminus_shift = {}\nw_min = {}\nw_max = {}",
            p.pre_decay_shift, p.post_decay_shift, p.pre_increment, p.post_increment,
            p.plus_shift, p.minus_shift, p.w_min, p.w_max
        );
        let mut ranges = Vec::new();
        let mut s = 0;
        while s < stdp.plastic.len() {
            if stdp.plastic[s] {
                let first = s;
                while s < stdp.plastic.len() && stdp.plastic[s] {
                    s += 1;
                }
                ranges.push(format!("[{first}, {}]", s - first));
            } else {
                s += 1;
            }
        }
        let _ = writeln!(t, "plastic = [{}]", ranges.join(", "));
    }
    let mut csv = String::from("source,target,weight\n");
    for s in 0..net.sources() {
        for n in 0..net.neurons {
            let w = net.weight(s, n);
            if w != 0 {
                let _ = writeln!(csv, "{s},{n},{w}");
            }
        }
    }
    std::fs::write(&csv_path, csv)?;
    std::fs::write(toml_path, t)
}

fn neuron_keys_toml(p: &NeuronParams) -> String {
    format!(
        "syn_shift = {}\nmem_shift = {}\nbias = {}\nthreshold = {}\nreset = \"{}\"\nrefractory = {}\n",
        p.syn_shift,
        p.mem_shift,
        p.bias,
        p.threshold,
        p.reset.name(),
        p.refractory
    )
}
