"""Saving and loading a model folder: the joblib artifact plus a manifest that vouches for it.

A joblib (pickle) file runs code when loaded, so `load_model` checks the manifest's sha256 of
every artifact *before* anything is unpickled and refuses a modified, truncated or unknown file.

Why joblib and not skops: skops refuses types it is not told to trust, but every type in our
estimator is either scikit-learn's or our own (`crimeaudit.features`, `crimeaudit.model`), so
loading would mean listing our own classes as trusted anyway, and a new dependency that must
follow scikit-learn's releases. The threat we can meet is a model folder changed after it was
written (a copy gone wrong, a file swapped in a shared folder): the sha256 check refuses it
before any byte is unpickled. Someone who can rewrite both the manifest and the artifact can
also rewrite the code in `src/`, which no serialisation format defends against; models come
only from `crimeaudit train` or `scripts/retrain.py` run by the force's own staff, never from
outside. If models ever arrive from elsewhere, skops (with an explicit trusted-type list) is the
step to take.
"""
from __future__ import annotations

import hashlib
import json
import os
import platform
import subprocess
import sys
import warnings
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

import joblib

from .audit import Thresholds
from .errors import ModelError
from .model import TwoTargetClassifier

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
ARTIFACT = "model.joblib"
MODEL_CARD = "MODEL_CARD.md"
CURRENT_POINTER = "CURRENT"
ENV_MODEL = "CRIMEAUDIT_MODEL"
TRACKED_LIBRARIES = ("crimeaudit", "scikit-learn", "spacy", "joblib", "numpy", "scipy")
# Libraries whose version change can change a pickled estimator's behaviour.
VERSION_SENSITIVE = ("scikit-learn", "spacy", "numpy")


class VersionMismatchWarning(UserWarning):
    """The model was saved with other library versions than the ones installed."""


@dataclass(frozen=True)
class LoadedModel:
    """A verified, loaded model and what its manifest says about it."""

    estimator: TwoTargetClassifier
    manifest: dict[str, Any]
    path: Path
    thresholds: Thresholds = field(default_factory=Thresholds)

    @property
    def model_id(self) -> str:
        return str(self.manifest["model_id"])


def library_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in TRACKED_LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def code_version() -> dict[str, Any]:
    """The code that trained a model: package version, and the git commit when run from a
    checkout (`git_dirty` true when tracked files had uncommitted changes)."""
    root = Path(__file__).resolve().parents[2]
    version: dict[str, Any] = {"crimeaudit": library_versions()["crimeaudit"],
                               "git_commit": None, "git_dirty": None}
    if not (root / ".git").exists():
        return version
    try:
        commit = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True,
                                text=True, timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain",
                                "--untracked-files=no"], capture_output=True, text=True,
                               timeout=10, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return version  # no git on this machine: the package version is all we can say
    version.update(git_commit=commit, git_dirty=bool(dirty))
    return version


def repo_models_dir() -> Path:
    """`models/` at the top of the source tree (the shipped registry)."""
    return Path(__file__).resolve().parents[2] / "models"


def default_model_path() -> Path:
    """The model used when none is named: $CRIMEAUDIT_MODEL, else models/CURRENT."""
    if os.environ.get(ENV_MODEL):
        return Path(os.environ[ENV_MODEL])
    models = repo_models_dir()
    name = read_pointer(models)
    if name is None:
        raise ModelError(f"no default model: {models / CURRENT_POINTER} is missing. Train one with "
                         "`crimeaudit train data/train.jsonl.gz --holdout data/heldout.jsonl.gz --output models/NAME` or pass --model")
    return models / name


def read_pointer(models: Path) -> str | None:
    """The current model's folder name from `models/CURRENT`, or None when there is none."""
    pointer = models / CURRENT_POINTER
    if not pointer.is_file():
        return None
    name = pointer.read_text(encoding="utf-8").strip()
    # The pointer names a folder *inside* models/; anything else could point loading anywhere.
    if not name or name.startswith(".") or Path(name).name != name or "\\" in name:
        raise ModelError(f"{pointer}: expected the name of a model folder in {models}, found "
                         f"{name!r}; set it with `crimeaudit models rollback ID`")
    return name


def save_model(estimator: TwoTargetClassifier, directory: Path, *, model_id: str,
               thresholds: Thresholds, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """Write `model.joblib` and `manifest.json` into `directory`; returns the manifest."""
    directory.mkdir(parents=True, exist_ok=True)
    artifact = directory / ARTIFACT
    joblib.dump(estimator, artifact, compress=3)
    manifest: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "model_id": model_id,
        "created": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "versions": library_versions(),
        "code": code_version(),
        "thresholds": {"continuation": thresholds.continuation, "flag": thresholds.flag,
                       "weak_rationale": thresholds.weak_rationale},
        **(extra or {}),
        "artifacts": {ARTIFACT: sha256_of(artifact)},
    }
    write_manifest(directory, manifest)
    return manifest


def write_manifest(directory: Path, manifest: dict[str, Any]) -> None:
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=False) + "\n",
                                      encoding="utf-8")


def read_manifest(directory: Path) -> dict[str, Any]:
    path = directory / MANIFEST
    if not directory.is_dir():
        raise ModelError(f"{directory}: no such model folder")
    if not path.is_file():
        raise ModelError(f"{directory}: not a crimeaudit model (no {MANIFEST})")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelError(f"{path}: manifest is not valid JSON ({exc})") from None
    version = manifest.get("format_version")
    if version != FORMAT_VERSION:
        raise ModelError(f"{path}: model format version {version!r} is not supported "
                         f"(this crimeaudit reads version {FORMAT_VERSION}); retrain the model")
    return manifest


def verify_artifacts(directory: Path, manifest: dict[str, Any]) -> None:
    """Refuse any artifact whose bytes differ from what the manifest vouches for."""
    listed = manifest.get("artifacts") or {}
    if ARTIFACT not in listed:
        raise ModelError(f"{directory}: manifest lists no {ARTIFACT}; refusing to load")
    for name, expected in listed.items():
        path = directory / name
        if Path(name).name != name:
            raise ModelError(f"{directory}: manifest names {name!r}, which is not a file in the "
                             "model folder; refusing to load")
        if not path.is_file():
            raise ModelError(f"{path}: listed in the manifest but missing")
        actual = sha256_of(path)
        if actual != expected:
            raise ModelError(f"{path}: sha256 {actual[:12]}... does not match the manifest's "
                             f"{str(expected)[:12]}...: the file was modified or truncated; "
                             "refusing to load it")
    known = set(listed) | {MANIFEST, MODEL_CARD}
    unknown = sorted(p.name for p in directory.iterdir() if p.suffix in (".joblib", ".pkl", ".pickle")
                     and p.name not in known)
    if unknown:
        raise ModelError(f"{directory}: unknown pickled file(s) {', '.join(unknown)} not in the "
                         "manifest; refusing to load")


def _warn_on_version_drift(manifest: dict[str, Any]) -> None:
    saved = manifest.get("versions", {})
    installed = library_versions()
    for name in VERSION_SENSITIVE:
        if saved.get(name) and saved[name] != installed.get(name):
            warnings.warn(f"model {manifest.get('model_id')} was saved with {name} {saved[name]} "
                          f"but {installed.get(name)} is installed; probabilities may differ. "
                          "Retrain with `crimeaudit train` to be sure.", VersionMismatchWarning,
                          stacklevel=3)


def load_model(directory: str | Path | None = None) -> LoadedModel:
    """Load a model folder after checking every artifact's sha256 against its manifest."""
    path = Path(directory) if directory is not None else default_model_path()
    manifest = read_manifest(path)
    verify_artifacts(path, manifest)
    _warn_on_version_drift(manifest)
    try:
        estimator = joblib.load(path / ARTIFACT)
    except Exception as exc:  # unpickling errors come in many types; all mean "unusable"
        raise ModelError(f"{path / ARTIFACT}: cannot be loaded ({type(exc).__name__}: {exc})") from None
    if not isinstance(estimator, TwoTargetClassifier):
        raise ModelError(f"{path / ARTIFACT}: holds a {type(estimator).__name__}, not a crimeaudit model")
    thresholds = Thresholds(**manifest.get("thresholds", {}))
    return LoadedModel(estimator=estimator, manifest=manifest, path=path, thresholds=thresholds)


