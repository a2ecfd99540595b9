//! The `Board` interface: where a network runs. Backends: the embedded golden model
//! (default) and, later, a serial port to a real or emulated NeuroCore.

use anyhow::Result;
use neurosim::{Core, Network, NeuronParams, NeuronState};

/// A NeuroCore the host can load a network into and run.
pub trait Board {
    /// Load a network: parameters, weights, learning settings; all state reset to 0.
    fn load(&mut self, net: &Network) -> Result<()>;
    /// Run `inputs.len()` steps; `inputs[k]` are the input channels spiking in step k
    /// (strictly ascending). Appends one ascending list of output spikes per step to `out`.
    fn run(&mut self, inputs: &[Vec<u32>], out: &mut Vec<Vec<u32>>) -> Result<()>;
    /// Change one neuron's parameters between steps.
    fn set_params(&mut self, neuron: usize, params: NeuronParams) -> Result<()>;
    /// Read back the neuron state (for verification).
    fn read_state(&mut self) -> Result<Vec<NeuronState>>;
    /// Read back all weights, row-major `[source][neuron]` (STDP changes them).
    fn read_weights(&mut self) -> Result<Vec<i8>>;
    /// A short name for reports ("embedded", or the serial port path).
    fn name(&self) -> String;
}

/// The golden model in this process.
#[derive(Default)]
pub struct Embedded {
    core: Option<Core>,
}

impl Embedded {
    fn core(&mut self) -> Result<&mut Core> {
        self.core
            .as_mut()
            .ok_or_else(|| anyhow::anyhow!("no network loaded on the embedded board"))
    }
}

impl Board for Embedded {
    fn load(&mut self, net: &Network) -> Result<()> {
        self.core = Some(Core::new(net.clone())?);
        Ok(())
    }

    fn run(&mut self, inputs: &[Vec<u32>], out: &mut Vec<Vec<u32>>) -> Result<()> {
        let core = self.core()?;
        for step_inputs in inputs {
            out.push(core.step(step_inputs)?.to_vec());
        }
        Ok(())
    }

    fn set_params(&mut self, neuron: usize, params: NeuronParams) -> Result<()> {
        Ok(self.core()?.set_params(neuron, params)?)
    }

    fn read_state(&mut self) -> Result<Vec<NeuronState>> {
        Ok(self.core()?.state().to_vec())
    }

    fn read_weights(&mut self) -> Result<Vec<i8>> {
        Ok(self.core()?.network().weights.clone())
    }

    fn name(&self) -> String {
        "embedded".into()
    }
}
