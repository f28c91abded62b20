"""A frozen, typed model of .proto descriptors: the only thing templates see.

Built once from a FileDescriptorSet in two passes: first every message and enum is indexed by its
full proto name, then files, packages, messages, fields, enums and services are resolved against
that index. Everything is a tuple in declaration order, so rendering is deterministic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from google.protobuf import descriptor_pb2 as d

from .comments import CommentIndex
from .naming import NameClashError, check_unique, class_name, enum_value_name, field_name, method_name

__all__ = [
    "Enum",
    "EnumValue",
    "Field",
    "Message",
    "Method",
    "Model",
    "Package",
    "Scalar",
    "Service",
    "TypeRef",
    "build_model",
]

FDP = d.FieldDescriptorProto

WIRE_VARINT, WIRE_FIXED64, WIRE_LEN, WIRE_FIXED32 = 0, 1, 2, 5


@dataclass(frozen=True)
class Scalar:
    """How one proto scalar type is typed in Python and laid out on the wire."""

    proto: str  # "int32"
    betterproto: str  # "TYPE_INT32"
    python: str  # "int"
    wire_type: int
    codec: str  # name of the value codec in inference_grpc.runtime.wire (e.g. "int32")
    default: str  # Python literal of the proto3 default
    packable: bool
    packed_annotation: str  # annotation of a repeated field of this type


_INTS = "_rt.PackedInts"
_FLOATS = "_rt.PackedFloats"
_BOOLS = "_rt.PackedBools"

SCALARS: dict[int, Scalar] = {
    FDP.TYPE_DOUBLE: Scalar("double", "TYPE_DOUBLE", "float", WIRE_FIXED64, "double", "0.0", True, _FLOATS),
    FDP.TYPE_FLOAT: Scalar("float", "TYPE_FLOAT", "float", WIRE_FIXED32, "float", "0.0", True, _FLOATS),
    FDP.TYPE_INT64: Scalar("int64", "TYPE_INT64", "int", WIRE_VARINT, "int64", "0", True, _INTS),
    FDP.TYPE_UINT64: Scalar("uint64", "TYPE_UINT64", "int", WIRE_VARINT, "uint64", "0", True, _INTS),
    FDP.TYPE_INT32: Scalar("int32", "TYPE_INT32", "int", WIRE_VARINT, "int32", "0", True, _INTS),
    FDP.TYPE_FIXED64: Scalar("fixed64", "TYPE_FIXED64", "int", WIRE_FIXED64, "fixed64", "0", True, _INTS),
    FDP.TYPE_FIXED32: Scalar("fixed32", "TYPE_FIXED32", "int", WIRE_FIXED32, "fixed32", "0", True, _INTS),
    FDP.TYPE_BOOL: Scalar("bool", "TYPE_BOOL", "bool", WIRE_VARINT, "bool", "False", True, _BOOLS),
    FDP.TYPE_STRING: Scalar("string", "TYPE_STRING", "str", WIRE_LEN, "string", '""', False, "list[str]"),
    FDP.TYPE_BYTES: Scalar("bytes", "TYPE_BYTES", "bytes", WIRE_LEN, "bytes", 'b""', False, "list[bytes]"),
    FDP.TYPE_UINT32: Scalar("uint32", "TYPE_UINT32", "int", WIRE_VARINT, "uint32", "0", True, _INTS),
    FDP.TYPE_SFIXED32: Scalar("sfixed32", "TYPE_SFIXED32", "int", WIRE_FIXED32, "sfixed32", "0", True, _INTS),
    FDP.TYPE_SFIXED64: Scalar("sfixed64", "TYPE_SFIXED64", "int", WIRE_FIXED64, "sfixed64", "0", True, _INTS),
    FDP.TYPE_SINT32: Scalar("sint32", "TYPE_SINT32", "int", WIRE_VARINT, "sint32", "0", True, _INTS),
    FDP.TYPE_SINT64: Scalar("sint64", "TYPE_SINT64", "int", WIRE_VARINT, "sint64", "0", True, _INTS),
}
ENUM_SCALAR = Scalar("enum", "TYPE_ENUM", "int", WIRE_VARINT, "int32", "0", True, "list[int]")


@dataclass(frozen=True)
class TypeRef:
    """A reference from one package's module to a message or enum class."""

    full_name: str  # "inference.ModelInferRequest"
    py_name: str  # class name in its own module
    qualified: str  # how the referring module spells it: "Name" or "_alias.Name"
    is_enum: bool
    encode_fn: str  # qualified private codec function names (messages only)
    decode_fn: str
    # Messages only: the encoder returns the message's bytes (it holds no field that may carry a
    # large payload), instead of appending the parts to a list that one join copies at the end.
    compact: bool = False


@dataclass(frozen=True)
class Field:
    proto_name: str
    py_name: str
    number: int
    doc: str
    kind: Literal["scalar", "enum", "message", "map"]
    cardinality: Literal["implicit", "explicit", "repeated"]  # explicit: oneof member or optional
    oneof: str | None  # Python name of the oneof group
    scalar: Scalar | None  # scalar and enum fields (enums travel as int32 varints)
    type_ref: TypeRef | None  # message and enum fields
    map_key: Field | None
    map_value: Field | None
    entry_codec: str  # base name of the map entry codec functions (maps only)
    packed: bool  # repeated numbers encoded packed (the proto3 default)
    annotation: str
    tag: int  # field key for the natural wire type
    len_tag: int  # field key with wire type LEN (packed repeated, strings, messages)
    entry_name: str = ""  # full proto name of the map entry message (maps only), for errors
    # Encoding needs the parts list: a bytes payload, a packed run or a non-compact message, which
    # must reach the final join without being copied into an enclosing message's bytes first.
    streams: bool = False
    # bytes fields only: decoded as a read-only memoryview of the received buffer (no copy),
    # whatever the length, instead of bytes (the generator's --zero-copy opt-in).
    zero_copy: bool = False

    @property
    def is_repeated(self) -> bool:
        return self.cardinality == "repeated"

    @property
    def has_presence(self) -> bool:
        return self.cardinality == "explicit" or self.kind == "message"


@dataclass(frozen=True)
class Oneof:
    proto_name: str
    py_name: str
    field_names: tuple[str, ...]  # Python names of its members


@dataclass(frozen=True)
class Message:
    full_name: str
    proto_name: str
    py_name: str
    doc: str
    fields: tuple[Field, ...]
    oneofs: tuple[Oneof, ...]
    codec: str  # base name of the private codec functions: _encode_<codec>, _decode_<codec>

    @property
    def compact(self) -> bool:
        """Its encoder returns bytes rather than appending parts (see TypeRef.compact)."""
        return not any(f.streams for f in self.fields)


@dataclass(frozen=True)
class EnumValue:
    proto_name: str
    py_name: str
    number: int
    doc: str


@dataclass(frozen=True)
class Enum:
    full_name: str
    py_name: str
    doc: str
    values: tuple[EnumValue, ...]


@dataclass(frozen=True)
class Method:
    proto_name: str
    py_name: str
    route: str  # "/inference.GRPCInferenceService/ModelInfer"
    doc: str
    input: TypeRef
    output: TypeRef
    kind: Literal["unary_unary", "unary_stream", "stream_unary", "stream_stream"]
    route_const: str  # module constant holding the bound route


@dataclass(frozen=True)
class Service:
    full_name: str
    proto_name: str
    doc: str
    methods: tuple[Method, ...]
    async_stub: str
    sync_stub: str
    async_servicer: str
    sync_servicer: str


@dataclass(frozen=True)
class Import:
    """Another package's messages module, imported under an alias."""

    alias: str
    from_path: str  # relative import path of the package, e.g. "..google.protobuf"


@dataclass(frozen=True)
class Package:
    proto_package: str  # "inference" ("" for files without a package)
    path: tuple[str, ...]  # Python package path under the output root
    sources: tuple[str, ...]  # .proto files this package was generated from
    messages: tuple[Message, ...]  # nested messages flattened, outer before inner
    map_entries: tuple[Field, ...]  # map fields, for their entry codecs
    enums: tuple[Enum, ...]
    services: tuple[Service, ...]
    message_imports: tuple[Import, ...]  # packages whose messages _messages.py uses
    service_imports: tuple[Import, ...]  # packages whose messages _services.py uses
    service_local_types: tuple[str, ...]  # this package's messages that _services.py uses

    @property
    def abc_types(self) -> tuple[str, ...]:
        """The collections.abc names _services.py needs for its method signatures."""
        # Stubs are typed by the runtime's method classes; servicers take and give iterators.
        kinds = {m.kind for s in self.services for m in s.methods}
        names = set()
        if any(k != "unary_unary" for k in kinds):
            names |= {"AsyncIterator", "Iterator"}
        return tuple(sorted(names))

    @property
    def has_unary(self) -> bool:
        """Whether any method is unary-unary (those have `decode` overloads)."""
        return any(m.kind == "unary_unary" for s in self.services for m in s.methods)

    @property
    def exported_names(self) -> tuple[str, ...]:
        names = [e.py_name for e in self.enums] + [m.py_name for m in self.messages]
        for s in self.services:
            names += [s.async_stub, s.sync_stub, s.async_servicer, s.sync_servicer]
        return tuple(sorted(names))


@dataclass(frozen=True)
class Model:
    packages: tuple[Package, ...]
    files: tuple[str, ...]  # every .proto file in the set, in protoc's order


# ---------------------------------------------------------------------------------------------
# Building


@dataclass(frozen=True)
class _Indexed:
    package: str
    py_name: str
    is_enum: bool
    proto: d.DescriptorProto | None


def _package_path(package: str) -> tuple[str, ...]:
    return tuple(field_name(part) for part in package.split(".")) if package else ()


def _alias(package: str) -> str:
    return "_" + "_".join(_package_path(package)) if package else "_root"


def _key(number: int, wire_type: int) -> int:
    return (number << 3) | wire_type


def _is_packed(f: d.FieldDescriptorProto) -> bool:
    packable = f.type == FDP.TYPE_ENUM or (f.type in SCALARS and SCALARS[f.type].packable)
    explicitly_unpacked = f.options.HasField("packed") and not f.options.packed
    return f.label == FDP.LABEL_REPEATED and packable and not explicitly_unpacked


class _Builder:
    def __init__(self, fds: d.FileDescriptorSet, zero_copy: frozenset[str] = frozenset()) -> None:
        self.fds = fds
        self.zero_copy = zero_copy
        self.zero_copied: set[str] = set()  # the names in zero_copy that were found
        self.message_name = ""  # full name of the message whose fields are being built
        self.index: dict[str, _Indexed] = {}
        for file in fds.file:
            for msg in file.message_type:
                self._index_message(file.package, msg, prefix="", py_prefix="")
            for enum in file.enum_type:
                self._index_enum(file.package, enum, "", "")
        self.streaming = self._streaming_messages()

    def _full(self, package: str, name: str) -> str:
        return f"{package}.{name}" if package else name

    def _index_message(self, package: str, msg: d.DescriptorProto, prefix: str, py_prefix: str) -> None:
        full = self._full(package, prefix + msg.name)
        py = class_name(py_prefix + msg.name)
        self.index[full] = _Indexed(package, py, False, msg)
        for nested in msg.nested_type:
            self._index_message(package, nested, prefix + msg.name + ".", py)
        for enum in msg.enum_type:
            self._index_enum(package, enum, prefix + msg.name + ".", py)

    def _index_enum(self, package: str, enum: d.EnumDescriptorProto, prefix: str, py_prefix: str) -> None:
        self.index[self._full(package, prefix + enum.name)] = _Indexed(
            package, class_name(py_prefix + enum.name), True, None
        )

    def _streaming_messages(self) -> frozenset[str]:
        """Messages (map entries included) whose encoding needs the parts list.

        The least fixed point: a message streams when a field is bytes or packed, or refers to a
        streaming message. Recursive messages without such fields stay compact.
        """
        streaming: set[str] = set()
        changed = True
        while changed:
            changed = False
            for full, entry in self.index.items():
                if entry.proto is None or full in streaming:
                    continue
                if any(self._field_streams(f, streaming) for f in entry.proto.field):
                    streaming.add(full)
                    changed = True
        return frozenset(streaming)

    @staticmethod
    def _field_streams(f: d.FieldDescriptorProto, streaming: set[str] | frozenset[str]) -> bool:
        if f.type == FDP.TYPE_MESSAGE:
            return f.type_name.lstrip(".") in streaming
        return f.type == FDP.TYPE_BYTES or _is_packed(f)

    # -- references ----------------------------------------------------------------------

    def ref(self, type_name: str, from_package: str, imports: dict[str, Import]) -> TypeRef:
        full = type_name.lstrip(".")
        target = self.index[full]
        codec = target.py_name
        if target.package == from_package:
            prefix = ""
        else:
            alias = _alias(target.package)
            if target.package not in imports:
                dots = "." * (len(_package_path(from_package)) + 1)
                imports[target.package] = Import(alias, dots + ".".join(_package_path(target.package)))
            prefix = alias + "."
        return TypeRef(
            full_name=full,
            py_name=target.py_name,
            qualified=prefix + target.py_name,
            is_enum=target.is_enum,
            encode_fn=f"{prefix}_encode_{codec}",
            decode_fn=f"{prefix}_decode_{codec}",
            compact=not target.is_enum and full not in self.streaming,
        )

    # -- messages ------------------------------------------------------------------------

    def field(
        self,
        f: d.FieldDescriptorProto,
        msg: d.DescriptorProto,
        package: str,
        doc: str,
        imports: dict[str, Import],
        owner_py: str,
    ) -> Field:
        repeated = f.label == FDP.LABEL_REPEATED
        in_real_oneof = f.HasField("oneof_index") and not f.proto3_optional
        oneof = field_name(msg.oneof_decl[f.oneof_index].name) if in_real_oneof else None
        cardinality: Literal["implicit", "explicit", "repeated"] = (
            "repeated" if repeated else "explicit" if f.HasField("oneof_index") else "implicit"
        )
        py_name = field_name(f.name)
        if f.type in (FDP.TYPE_GROUP,):
            raise NameClashError(f"{msg.name}.{f.name}: proto2 groups are not supported")
        if f.type == FDP.TYPE_MESSAGE:
            entry = self.index[f.type_name.lstrip(".")].proto
            if entry is not None and entry.options.map_entry:
                key = self.field(entry.field[0], entry, package, "", imports, owner_py)
                value = self.field(entry.field[1], entry, package, "", imports, owner_py)
                value_ann = value.annotation.removesuffix(" | None")
                return Field(
                    proto_name=f.name,
                    py_name=py_name,
                    number=f.number,
                    doc=doc,
                    kind="map",
                    cardinality="repeated",
                    oneof=None,
                    scalar=None,
                    type_ref=None,
                    map_key=key,
                    map_value=value,
                    entry_codec=f"{owner_py}_{py_name}_entry",
                    packed=False,
                    annotation=f"dict[{key.annotation}, {value_ann}]",
                    tag=_key(f.number, WIRE_LEN),
                    len_tag=_key(f.number, WIRE_LEN),
                    entry_name=f.type_name.lstrip("."),
                    streams=value.streams,
                )
            message_ref = self.ref(f.type_name, package, imports)
            base = message_ref.qualified
            ann = f"list[{base}]" if repeated else f"{base} | None"
            return Field(
                f.name,
                py_name,
                f.number,
                doc,
                "message",
                cardinality,
                oneof,
                None,
                message_ref,
                None,
                None,
                "",
                False,
                ann,
                _key(f.number, WIRE_LEN),
                _key(f.number, WIRE_LEN),
                streams=not message_ref.compact,
            )
        ref: TypeRef | None
        if f.type == FDP.TYPE_ENUM:
            ref = self.ref(f.type_name, package, imports)
            scalar = ENUM_SCALAR
            base = ref.qualified
            kind: Literal["scalar", "enum"] = "enum"
        else:
            ref = None
            scalar = SCALARS[f.type]
            base = scalar.python
            kind = "scalar"
        full_field = f"{self.message_name}.{f.name}"
        zero_copy = (
            scalar.codec == "bytes"
            and not msg.options.map_entry
            and ("*" in self.zero_copy or full_field in self.zero_copy)
        )
        if zero_copy:
            self.zero_copied.add(full_field)
            base = "_rt.Buffer"  # decoded: always a read-only memoryview of the received bytes
        if repeated:
            ann = f"list[{base}]" if kind == "enum" or scalar.codec == "bytes" else scalar.packed_annotation
        elif cardinality == "explicit":
            ann = f"{base} | None"
        else:
            ann = base
        packed = _is_packed(f)
        return Field(
            f.name,
            py_name,
            f.number,
            doc,
            kind,
            cardinality,
            oneof,
            scalar,
            ref,
            None,
            None,
            "",
            packed,
            ann,
            _key(f.number, scalar.wire_type),
            _key(f.number, WIRE_LEN),
            streams=packed or scalar.codec == "bytes",
            zero_copy=zero_copy,
        )

    def messages(
        self,
        file: d.FileDescriptorProto,
        comments: CommentIndex,
        imports: dict[str, Import],
        out_messages: list[Message],
        out_entries: list[Field],
        out_enums: list[Enum],
    ) -> None:
        def visit(msg: d.DescriptorProto, path: tuple[int, ...], prefix: str) -> None:
            full = self._full(file.package, prefix + msg.name)
            py = self.index[full].py_name
            if msg.options.map_entry:
                return
            self.message_name = full
            fields = tuple(
                self.field(f, msg, file.package, comments.get((*path, 2, i)), imports, py)
                for i, f in enumerate(msg.field)
            )
            check_unique([(f.proto_name, f.py_name) for f in fields], full)
            oneofs = []
            for i, decl in enumerate(msg.oneof_decl):
                members = tuple(
                    f.py_name
                    for f, raw in zip(fields, msg.field, strict=True)
                    if raw.HasField("oneof_index") and raw.oneof_index == i and not raw.proto3_optional
                )
                if members:
                    oneofs.append(Oneof(decl.name, field_name(decl.name), members))
            out_messages.append(Message(full, msg.name, py, comments.get(path), fields, tuple(oneofs), py))
            out_entries.extend(f for f in fields if f.kind == "map")
            for i, nested in enumerate(msg.nested_type):
                visit(nested, (*path, 3, i), prefix + msg.name + ".")
            for i, enum in enumerate(msg.enum_type):
                out_enums.append(self.enum(file.package, enum, (*path, 4, i), prefix + msg.name + ".", comments))

        for i, msg in enumerate(file.message_type):
            visit(msg, (4, i), "")
        for i, enum in enumerate(file.enum_type):
            out_enums.append(self.enum(file.package, enum, (5, i), "", comments))

    def enum(
        self, package: str, enum: d.EnumDescriptorProto, path: tuple[int, ...], prefix: str, comments: CommentIndex
    ) -> Enum:
        full = self._full(package, prefix + enum.name)
        values = tuple(
            EnumValue(v.name, enum_value_name(v.name), v.number, comments.get((*path, 2, i)))
            for i, v in enumerate(enum.value)
        )
        check_unique([(v.proto_name, v.py_name) for v in values], full)
        return Enum(full, self.index[full].py_name, comments.get(path), values)

    def services(
        self, file: d.FileDescriptorProto, comments: CommentIndex, imports: dict[str, Import]
    ) -> list[Service]:
        out = []
        for i, svc in enumerate(file.service):
            full = self._full(file.package, svc.name)
            methods = []
            for j, m in enumerate(svc.method):
                kind: Literal["unary_unary", "unary_stream", "stream_unary", "stream_stream"] = (
                    f"{'stream' if m.client_streaming else 'unary'}_{'stream' if m.server_streaming else 'unary'}"  # type: ignore[assignment]
                )
                py = method_name(m.name)
                methods.append(
                    Method(
                        proto_name=m.name,
                        py_name=py,
                        route=f"/{full}/{m.name}",
                        doc=comments.get((6, i, 2, j)),
                        input=self.ref(m.input_type, file.package, imports),
                        output=self.ref(m.output_type, file.package, imports),
                        kind=kind,
                        route_const=f"_{class_name(svc.name).upper()}_{py.upper()}",
                    )
                )
            check_unique([(m.proto_name, m.py_name) for m in methods], full)
            name = class_name(svc.name)
            out.append(
                Service(
                    full,
                    svc.name,
                    comments.get((6, i)),
                    tuple(methods),
                    f"{name}Stub",
                    f"{name}SyncStub",
                    f"{name}Servicer",
                    f"{name}SyncServicer",
                )
            )
        return out

    def build(self) -> Model:
        by_package: dict[str, list[d.FileDescriptorProto]] = {}
        # By file name, not protoc's order: that follows the order the .proto files were given
        # in, and the output must not depend on it.
        for file in sorted(self.fds.file, key=lambda f: f.name):
            by_package.setdefault(file.package, []).append(file)
        packages = []
        for package, files in by_package.items():
            messages: list[Message] = []
            entries: list[Field] = []
            enums: list[Enum] = []
            services: list[Service] = []
            message_imports: dict[str, Import] = {}
            service_imports: dict[str, Import] = {}
            for file in files:
                comments = CommentIndex(file)
                self.messages(file, comments, message_imports, messages, entries, enums)
                services += self.services(file, comments, service_imports)
            pkg = Package(
                proto_package=package,
                path=_package_path(package),
                sources=tuple(f.name for f in files),
                messages=tuple(messages),
                map_entries=tuple(entries),
                enums=tuple(enums),
                services=tuple(services),
                message_imports=tuple(sorted(message_imports.values(), key=lambda i: i.alias)),
                service_imports=tuple(sorted(service_imports.values(), key=lambda i: i.alias)),
                service_local_types=tuple(
                    sorted(
                        {
                            r.py_name
                            for s in services
                            for m in s.methods
                            for r in (m.input, m.output)
                            if "." not in r.qualified
                        }
                    )
                ),
            )
            names = [(e.full_name, e.py_name) for e in pkg.enums] + [(m.full_name, m.py_name) for m in pkg.messages]
            for s in pkg.services:
                names += [(s.full_name, n) for n in (s.async_stub, s.sync_stub, s.async_servicer, s.sync_servicer)]
            check_unique(names, f"package {package or '(none)'}")
            # Module-level functions and constants derived from several proto names at once.
            helpers = [(m.full_name, f"_decode_{m.codec}") for m in pkg.messages]
            helpers += [
                (f"{m.full_name}.{f.proto_name}", f"_decode_{f.entry_codec}")
                for m in pkg.messages
                for f in m.fields
                if f.kind == "map"
            ]
            check_unique(helpers, f"package {package or '(none)'}: codec functions")
            consts = [(s.full_name, f"_{s.async_stub.upper()}_ROUTES") for s in pkg.services]
            consts += [(m.route, m.route_const) for s in pkg.services for m in s.methods]
            check_unique(consts, f"package {package or '(none)'}: route constants")
            packages.append(pkg)
        paths = [(p.proto_package, ".".join(p.path)) for p in packages]
        check_unique(paths, "output packages")
        packages.sort(key=lambda p: p.path)
        return Model(packages=tuple(packages), files=tuple(f.name for f in self.fds.file))


def build_model(fds: d.FileDescriptorSet, zero_copy: Iterable[str] = ()) -> Model:
    """The typed model of every file in `fds` (protoc's --include_imports output).

    `zero_copy`: full names of bytes fields (`pkg.Message.field`) that decode as memoryviews of
    the received buffer instead of bytes; "*" for every bytes field. A name that is no bytes
    field is an error.
    """
    wanted = frozenset(zero_copy)
    builder = _Builder(fds, wanted)
    model = builder.build()
    missing = sorted(wanted - builder.zero_copied - {"*"})
    if missing:
        raise NameClashError(f"--zero-copy names no bytes field: {', '.join(missing)}")
    return model
