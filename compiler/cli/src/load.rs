//! `flowmark load` and `flowmark unload`: put a pipeline into the kernel the way users run it (maps
//! created, tables filled from an entry file, attached with TC or XDP, pinned under bpffs), and
//! record what was created in `/run/flowmark/NAME` so that `unload` removes exactly that.
//! `--offload DEV` creates program and maps for a NIC and attaches with `skip_sw`
//! (`flowmark_runtime::kernel::offload`); on a device without eBPF offload it fails naming the
//! device and the kernel's error, and leaves nothing behind.

use flowmark_compiler::stf::{self, Target};
use flowmark_ebpf::{Options, ProgramKind};
use flowmark_runtime::ebpf_target::EbpfTarget;
use flowmark_runtime::kernel::offload::Offloaded;
use flowmark_runtime::kernel::{self, Created, Loaded, TcDirection};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Where load records live (bpffs holds only BPF objects).
const RECORD_DIR: &str = "/run/flowmark";

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Direction {
    Ingress,
    Egress,
}

#[derive(Debug)]
pub struct Request {
    pub program: PathBuf,
    pub entries: Option<PathBuf>,
    pub attach: Option<String>,
    pub direction: Direction,
    pub xdp: bool,
    pub pin: Option<PathBuf>,
    pub name: Option<String>,
    /// Offload to this device.
    pub offload: Option<String>,
}

fn record_path(name: &str) -> PathBuf {
    Path::new(RECORD_DIR).join(name)
}

pub fn load(request: Request) -> Result<ExitCode, String> {
    let stem = request.program.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "program".into());
    let name = request.name.clone().unwrap_or(stem);
    if name.is_empty() || name.contains('/') {
        return Err(format!("`{name}` is not a usable load name"));
    }
    if record_path(&name).exists() {
        return Err(format!("`{name}` is already loaded (flowmark unload {name} first)"));
    }
    if let Some(device) = request.offload.clone() {
        return load_offload(&request, &name, &device);
    }
    kernel::testing::kernel_available()?;
    let kind = if request.xdp { ProgramKind::Xdp } else { ProgramKind::Tc };
    let is_object = request.program.extension().is_some_and(|e| e == "o");
    let source = if is_object { request.program.with_extension("p4") } else { request.program.clone() };
    let module = if is_object && !source.exists() {
        if request.entries.is_some() {
            return Err(format!("installing entries needs the program source: {} not found", source.display()));
        }
        None
    } else {
        let (module, _) = super::compile(&source)?;
        match module {
            Some(module) => Some(module),
            None => return Ok(ExitCode::from(1)),
        }
    };
    // Load: from the object as built, or compiled now.
    let mut target: Option<EbpfTarget<'_>> = None;
    let mut object: Option<Loaded> = None;
    match (&module, is_object) {
        (Some(module), false) => target = Some(EbpfTarget::load_with(module, &Options::new(kind))?),
        _ => {
            let bytes = std::fs::read(&request.program).map_err(|e| format!("cannot read {}: {e}", request.program.display()))?;
            object = Some(Loaded::load(&bytes).map_err(|e| e.to_string())?);
        }
    }
    let loaded: &mut Loaded = match (&mut target, &mut object) {
        (Some(target), _) => &mut target.loaded,
        (None, Some(object)) => object,
        (None, None) => return Err("nothing was loaded".into()),
    };
    let outcome = (|| -> Result<(), String> {
        let pin = request.pin.clone().unwrap_or_else(|| kernel::pin_dir(&name));
        loaded.pin(&pin).map_err(|e| e.to_string())?;
        if let Some(device) = &request.attach {
            if request.xdp {
                loaded.attach_xdp(device, &pin.join("link")).map_err(|e| e.to_string())?;
            } else {
                let direction = match request.direction {
                    Direction::Ingress => TcDirection::Ingress,
                    Direction::Egress => TcDirection::Egress,
                };
                loaded.attach_tc(device, direction).map_err(|e| e.to_string())?;
            }
        }
        Ok(())
    })();
    if let Err(e) = outcome {
        let _ = loaded.created().remove();
        return Err(e);
    }
    let created = loaded.created().clone();
    // Entries go in after pinning, through the same encoding the tests use.
    if let (Some(path), false) = (&request.entries, is_object) {
        let module = module.as_ref().ok_or("entries need the program source")?;
        let text = super::read_text(path)?;
        let statements = match stf::entries::parse_entries(module, &text) {
            Ok(statements) => statements,
            Err(errors) => {
                for error in &errors {
                    eprintln!("{}:{}: {}", path.display(), error.line, error.message);
                }
                let _ = created.remove();
                return Ok(ExitCode::from(1));
            }
        };
        let Some(target) = target.as_mut() else { return Err("entries need the program source".into()) };
        // Ternary and range tables are written once at the end, not once per entry.
        target.defer_table_writes();
        for (line, statement) in &statements {
            if let Err(e) = stf::entries::apply_control(target as &mut dyn Target, statement) {
                eprintln!("{}:{line}: {e}", path.display());
                let _ = created.remove();
                return Ok(ExitCode::from(1));
            }
        }
        if let Err(e) = target.flush_table_writes() {
            eprintln!("{}: {e}", path.display());
            let _ = created.remove();
            return Ok(ExitCode::from(1));
        }
    }
    std::fs::create_dir_all(RECORD_DIR).map_err(|e| format!("cannot create {RECORD_DIR}: {e}"))?;
    std::fs::write(record_path(&name), created.to_text()).map_err(|e| format!("cannot write the load record: {e}"))?;
    println!("loaded `{name}`; remove it with: flowmark unload {name}");
    Ok(ExitCode::SUCCESS)
}

/// `flowmark load PROG --offload DEV`: build (a `.p4`) or read (a `.o`) an offload object, create
/// its maps and program for `device`, pin them, attach with `skip_sw`, and record it all.
fn load_offload(request: &Request, name: &str, device: &str) -> Result<ExitCode, String> {
    if request.entries.is_some() {
        return Err("--entries cannot be used with --offload yet: load, then fill the pinned maps (`bpftool map update pinned PIN/maps/MAP ...`)".into());
    }
    if request.attach.as_deref().is_some_and(|attach| attach != device) {
        return Err(format!("--offload {device} attaches to {device}; --attach names another device"));
    }
    if request.direction != Direction::Ingress {
        return Err("an offloaded TC program runs on ingress only".into());
    }
    let kind = if request.xdp { ProgramKind::Xdp } else { ProgramKind::Tc };
    let is_object = request.program.extension().is_some_and(|e| e == "o");
    let object = if is_object {
        std::fs::read(&request.program).map_err(|e| format!("cannot read {}: {e}", request.program.display()))?
    } else {
        let (module, _) = super::compile(&request.program)?;
        let Some(module) = module else { return Ok(ExitCode::from(1)) };
        match flowmark_ebpf::compile(&module, &Options::offload(kind)) {
            Ok(artifact) => artifact.object,
            Err(flowmark_ebpf::Error::NotOffloadable(diagnostics)) => {
                return Ok(super::ebpf_target::report_offload(&request.program, &module, kind, &diagnostics))
            }
            Err(other) => return Err(other.to_string()),
        }
    };
    kernel::testing::kernel_available()?;
    let mut offloaded = Offloaded::load(&object, device).map_err(|e| e.to_string())?;
    let pin = request.pin.clone().unwrap_or_else(|| kernel::pin_dir(name));
    let outcome = offloaded.pin(&pin).and_then(|()| offloaded.attach().map(drop));
    if let Err(e) = outcome {
        let mut message = e.to_string();
        if let Err(cleanup) = offloaded.created().remove() {
            message.push_str(&format!("; cleaning up: {cleanup}"));
        }
        return Err(message);
    }
    let created = offloaded.created().clone();
    let recorded = std::fs::create_dir_all(RECORD_DIR)
        .map_err(|e| format!("cannot create {RECORD_DIR}: {e}"))
        .and_then(|()| std::fs::write(record_path(name), created.to_text()).map_err(|e| format!("cannot write the load record: {e}")));
    if let Err(message) = recorded {
        let _ = created.remove();
        return Err(message);
    }
    println!("offloaded `{name}` to `{device}`; remove it with: flowmark unload {name}");
    Ok(ExitCode::SUCCESS)
}

pub fn unload(name: &str) -> Result<ExitCode, String> {
    let path = record_path(name);
    let text = std::fs::read_to_string(&path).map_err(|_| format!("nothing named `{name}` is loaded (no {})", path.display()))?;
    let created = Created::parse(&text).map_err(|e| e.to_string())?;
    created.remove().map_err(|e| e.to_string())?;
    std::fs::remove_file(&path).map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
    println!("unloaded `{name}`");
    Ok(ExitCode::SUCCESS)
}
