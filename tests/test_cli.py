"""Every command of the CLI answers --help, and `python -m pipeline` is the same program."""
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

COMMANDS = ["extract", "watch", "ocr", "parse", "eval", "links", "report", "serve"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_store_commands_take_db():
    for command in ["extract", "watch", "eval", "links", "report", "serve"]:
        assert "--db" in CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "200"}).output, command


def test_module_entry_point_lists_the_commands():
    out = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True,
                         env={"COLUMNS": "200", "PATH": ""}).stdout
    for command in COMMANDS:
        assert command in out


def test_missing_input_is_a_sentence_not_a_traceback(tmp_path):
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "nope"), "--db", f"sqlite:///{tmp_path}/x.db"])
    assert result.exit_code == 2
    assert "Not found" in result.output and "Traceback" not in result.output
