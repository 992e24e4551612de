import BTHOWeNModel

/// BTHOWeN (Susskind et al., PACT 2022) on UPMEM: the host reference model
/// (`Model/`, `Data/`) and the kernels written in the DPUSim tasklet DSL (`Kernels/`).
public enum BTHOWeN {}
