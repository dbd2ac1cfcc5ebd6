"""The server URL rules that live in one place: building a URL, and never showing its password."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.engine import make_url

from timeline.store.server import label_of, server_url

awkward = st.text(alphabet=st.sampled_from("ab@:/?#%& éش"), min_size=1, max_size=12)


@given(user=awkward, password=awkward, database=awkward)
def test_every_part_of_a_server_url_is_taken_literally(user, password, database):
    url = make_url(server_url("db.example", 5433, database, user, password))
    assert (url.username, url.password, url.database) == (user, password, database)
    assert (url.host, url.port) == ("db.example", 5433)


@given(password=awkward)
def test_a_label_never_shows_the_password(password):
    url = server_url("db.example", 5432, "timeline", "desk", password + "secret")
    assert "secret" not in label_of(url)


def test_a_malformed_url_still_hides_its_password():
    assert "secret" not in label_of("postgresql://desk:secret@[bad")


def test_a_file_path_is_shown_as_it_is():
    assert label_of("/data/my 100% timeline.sqlite3") == "/data/my 100% timeline.sqlite3"
