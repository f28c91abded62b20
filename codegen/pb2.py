"""protobuf `_pb2` / `_pb2_grpc` modules in a descriptor pool of their own (a `pb2` target).

What protoc's Python output gives (message classes, enum wrappers, top-level enum values,
`DESCRIPTOR`, a gRPC stub, servicer and `add_..._to_server`), built at import from the file
descriptors serialized here, but:
- into a private `DescriptorPool` shared by the modules of one target, never protobuf's default
  pool, so they import beside other modules that register the same proto package;
- with no gencode-version check, so one checked-in text runs on protobuf 4 to 7 (classes come
  from `message_factory.GetMessageClass`, or `MessageFactory.GetPrototype` where that is missing).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath

from google.protobuf import descriptor_pb2

from .render import environment, tidy

__all__ = ["Pb2File", "render_pb2"]

_LINE = 96  # characters of a bytes literal per line


@dataclass(frozen=True)
class Method:
    name: str
    client_streaming: bool
    server_streaming: bool
    input: str  # module alias and class path, as `_service_pb2.ModelInferRequest`
    output: str


@dataclass(frozen=True)
class Service:
    name: str
    full_name: str
    methods: tuple[Method, ...]


@dataclass(frozen=True)
class Pb2File:
    proto: str
    module: str
    imports: tuple[str, ...]  # modules of the files this one depends on, in dependency order
    serialized: tuple[str, ...]  # lines of a bytes literal
    messages: tuple[str, ...]
    enums: tuple[str, ...]
    enum_values: tuple[tuple[str, int], ...]
    services: tuple[Service, ...]
    grpc_imports: tuple[str, ...]  # modules the service methods' types come from


def _literal_lines(data: bytes) -> tuple[str, ...]:
    """`data` as bytes literals of at most _LINE characters each (concatenated by the parser)."""
    lines: list[str] = []
    current = ""
    for byte in data:
        char = chr(byte)
        if char == "\\" or char == "'":
            piece = "\\" + char
        elif 0x20 <= byte < 0x7F:
            piece = char
        else:
            piece = f"\\x{byte:02x}"
        if len(current) + len(piece) > _LINE:
            lines.append(f"b'{current}'")
            current = ""
        current += piece
    lines.append(f"b'{current}'")
    return tuple(lines)


def _type_paths(files: list[descriptor_pb2.FileDescriptorProto], modules: Mapping[str, str]) -> dict[str, str]:
    """Full proto type name -> `_module.Outer.Inner` for every message of `files`."""
    paths: dict[str, str] = {}

    def visit(message: descriptor_pb2.DescriptorProto, prefix: str, path: str) -> None:
        full = f"{prefix}.{message.name}"
        dotted = f"{path}.{message.name}"
        paths["." + full.lstrip(".")] = dotted
        for nested in message.nested_type:
            visit(nested, full, dotted)

    for file in files:
        alias = "_" + modules[file.name]
        for message in file.message_type:
            visit(message, file.package, alias)
    return paths


def _pb2_file(
    file: descriptor_pb2.FileDescriptorProto, modules: Mapping[str, str], paths: Mapping[str, str]
) -> Pb2File:
    stripped = descriptor_pb2.FileDescriptorProto()
    stripped.CopyFrom(file)
    stripped.ClearField("source_code_info")
    services = tuple(
        Service(
            s.name,
            f"{file.package}.{s.name}" if file.package else s.name,
            tuple(
                Method(m.name, m.client_streaming, m.server_streaming, paths[m.input_type], paths[m.output_type])
                for m in s.method
            ),
        )
        for s in file.service
    )
    return Pb2File(
        proto=file.name,
        module=modules[file.name],
        imports=tuple(modules[d] for d in file.dependency),
        serialized=_literal_lines(stripped.SerializeToString(deterministic=True)),
        messages=tuple(m.name for m in file.message_type),
        enums=tuple(e.name for e in file.enum_type),
        enum_values=tuple((v.name, v.number) for e in file.enum_type for v in e.value),
        services=services,
        grpc_imports=tuple(
            sorted({p.split(".")[0][1:] for s in services for m in s.methods for p in (m.input, m.output)})
        ),
    )


def render_pb2(fds: descriptor_pb2.FileDescriptorSet, modules: Mapping[str, str]) -> dict[PurePosixPath, str]:
    """`{module}.py` for each file named in `modules` (proto file name -> module name), a
    `{module}_grpc.py` for each with services, and the pool they share (`_pool.py`).

    Every file they import must be named in `modules` too: the pool holds only these.
    """
    files = [f for f in fds.file if f.name in modules]
    missing = sorted(set(modules) - {f.name for f in files})
    if missing:
        raise ValueError(f"pb2 modules name files protoc did not read: {', '.join(missing)}")
    for file in files:
        outside = [d for d in file.dependency if d not in modules]
        if outside:
            raise ValueError(f"{file.name} imports {', '.join(outside)}: name it in the target's pb2 modules too")
    paths = _type_paths(files, modules)
    env = environment()
    out: dict[PurePosixPath, str] = {
        PurePosixPath("_pool.py"): env.get_template("pb2_pool.py.j2").render(),
        PurePosixPath("__init__.py"): env.get_template("pb2_init.py.j2").render(
            modules=sorted([*modules.values(), *(modules[f.name] + "_grpc" for f in files if f.service)])
        ),
    }
    for file in files:
        model = _pb2_file(file, modules, paths)
        out[PurePosixPath(f"{model.module}.py")] = env.get_template("pb2.py.j2").render(file=model)
        if model.services:
            text = env.get_template("pb2_grpc.py.j2").render(file=model)
            out[PurePosixPath(f"{model.module}_grpc.py")] = text
    rendered = {path: tidy(text) for path, text in out.items()}
    rendered[PurePosixPath("py.typed")] = ""
    return dict(sorted(rendered.items()))
