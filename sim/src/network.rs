//! A single-core network: sizes, per-neuron parameters, the dense weight matrix and
//! optional STDP settings. Built by the network file reader ([`crate::netfile`]), the
//! random generator ([`crate::gen`]) or by hand; [`Network::validate`] checks every range.

use crate::neuron::NeuronParams;
use crate::stdp::StdpParams;

/// Largest number of input channels of one core.
pub const MAX_INPUTS: usize = 4096;
/// Largest number of neurons of one core.
pub const MAX_NEURONS: usize = 4096;
/// Largest `weight_shift` (3 bits).
pub const MAX_WEIGHT_SHIFT: u8 = 7;

/// STDP configuration of a core.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stdp {
    /// Trace and learning-rate parameters.
    pub params: StdpParams,
    /// Per source (`inputs + neurons` entries): does learning change this row?
    pub plastic: Vec<bool>,
}

/// One NeuroCore's network. Sources `0..inputs` are input channels, sources
/// `inputs..inputs + neurons` are the core's own neurons (recurrent, one step delay).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Network {
    /// Number of host input channels, 1..=4096.
    pub inputs: usize,
    /// Number of neurons, 1..=4096.
    pub neurons: usize,
    /// Every weight enters the accumulator as `w << weight_shift`, 0..=7.
    pub weight_shift: u8,
    /// Parameters of each neuron (`neurons` entries).
    pub params: Vec<NeuronParams>,
    /// Dense weights, row-major `[source][neuron]`: `weights[s * neurons + n]`.
    pub weights: Vec<i8>,
    /// Learning, if any.
    pub stdp: Option<Stdp>,
}

impl Network {
    /// A network with every neuron at `params`, all weights 0 and no learning.
    pub fn new(inputs: usize, neurons: usize, weight_shift: u8, params: NeuronParams) -> Self {
        Network {
            inputs,
            neurons,
            weight_shift,
            params: vec![params; neurons],
            weights: vec![0; (inputs + neurons) * neurons],
            stdp: None,
        }
    }

    /// `inputs + neurons`.
    pub fn sources(&self) -> usize {
        self.inputs + self.neurons
    }

    /// Weight from source `s` to neuron `n`.
    pub fn weight(&self, s: usize, n: usize) -> i8 {
        self.weights[s * self.neurons + n]
    }

    /// Set the weight from source `s` to neuron `n`.
    pub fn set_weight(&mut self, s: usize, n: usize, w: i8) {
        self.weights[s * self.neurons + n] = w;
    }

    /// Check sizes and every parameter; the error names what is wrong and the allowed range.
    pub fn validate(&self) -> Result<(), String> {
        if !(1..=MAX_INPUTS).contains(&self.inputs) {
            return Err(format!(
                "core.inputs = {} is out of range 1..={MAX_INPUTS}",
                self.inputs
            ));
        }
        if !(1..=MAX_NEURONS).contains(&self.neurons) {
            return Err(format!(
                "core.neurons = {} is out of range 1..={MAX_NEURONS}",
                self.neurons
            ));
        }
        if self.weight_shift > MAX_WEIGHT_SHIFT {
            return Err(format!(
                "core.weight_shift = {} is out of range 0..=7",
                self.weight_shift
            ));
        }
        if self.params.len() != self.neurons {
            return Err(format!(
                "{} neuron parameter sets for {} neurons",
                self.params.len(),
                self.neurons
            ));
        }
        for (n, p) in self.params.iter().enumerate() {
            p.validate().map_err(|e| format!("neuron {n}: {e}"))?;
        }
        if self.weights.len() != self.sources() * self.neurons {
            return Err(format!(
                "weight matrix has {} entries, expected {} sources x {} neurons",
                self.weights.len(),
                self.sources(),
                self.neurons
            ));
        }
        if let Some(stdp) = &self.stdp {
            stdp.params.validate().map_err(|e| format!("stdp.{e}"))?;
            if stdp.plastic.len() != self.sources() {
                return Err(format!(
                    "{} plastic flags for {} sources",
                    stdp.plastic.len(),
                    self.sources()
                ));
            }
            let (lo, hi) = (stdp.params.w_min, stdp.params.w_max);
            for (s, _) in stdp.plastic.iter().enumerate().filter(|(_, p)| **p) {
                for n in 0..self.neurons {
                    let w = self.weight(s, n);
                    if w < lo || w > hi {
                        return Err(format!(
                            "plastic synapse source {s} -> neuron {n} has weight {w}, outside stdp [w_min, w_max] = [{lo}, {hi}]"
                        ));
                    }
                }
            }
        }
        Ok(())
    }
}
