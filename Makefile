# 康乐社区网: `make run` serves the demo site, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-requirements
MANAGE := $(BIN)/python manage.py
TEST_SETTINGS := DJANGO_SETTINGS_MODULE=settings.test

.PHONY: install run serve backup restore test lint format check-migrations check-static reset-demo screenshots messages clean

$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	@echo ""
	@echo "  网站      http://127.0.0.1:8000/"
	@echo "  管理后台  http://127.0.0.1:8000/admin/"
	@echo ""
	$(MANAGE) runserver 127.0.0.1:8000

# Production serving: gunicorn with settings.production (SECRET_KEY and
# ALLOWED_HOSTS from the environment; docs/deploy.md), static files collected
# with hashed, compressed names and served by whitenoise.
BIND ?= 127.0.0.1:8000
WORKERS ?= 3
serve: install
	DJANGO_SETTINGS_MODULE=settings.production $(MANAGE) collectstatic --noinput --verbosity 0
	DJANGO_SETTINGS_MODULE=settings.production $(MANAGE) migrate --noinput
	DJANGO_SETTINGS_MODULE=settings.production $(BIN)/gunicorn wsgi:application \
		--pythonpath site,. --bind $(BIND) --workers $(WORKERS) --preload \
		--max-requests 2000 --max-requests-jitter 200 --graceful-timeout 20

# The database (pg_dump on PostgreSQL) and the uploads in one archive under
# backups/; `make restore ARCHIVE=backups/kangle-<time>.tar.gz` puts both back.
# The database is the one DATABASE_URL names, with DJANGO_SETTINGS_MODULE's settings.
backup: install
	$(MANAGE) backup --folder backups

restore: install
	@test -n "$(ARCHIVE)" || { echo "用法：make restore ARCHIVE=backups/kangle-<时间>.tar.gz"; exit 2; }
	$(MANAGE) restore $(ARCHIVE)

# The suite in two workers (pytest-xdist); the quality gates, which share one
# demo server, all run in one of them (tests/conftest.py).
TEST_WORKERS ?= 2
test: lint check-migrations check-static
	$(BIN)/pytest --numprocesses $(TEST_WORKERS) --dist loadgroup

# The Nu HTML Checker for tests/test_html_validity.py; it runs with Java.
VNU_JAR_VERSION := 26.9.27
VNU_STAMP := $(VENV)/.installed-vnu-jar-$(VNU_JAR_VERSION)

$(VNU_STAMP):
	npm install --prefix $(VENV)/npm --no-save --no-audit --no-fund vnu-jar@$(VNU_JAR_VERSION)
	touch $(VNU_STAMP)

test: $(VNU_STAMP)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check-migrations: install
	$(TEST_SETTINGS) $(MANAGE) makemigrations --check --dry-run

# Tests use plain static storage; this builds the production manifest so that a
# stylesheet naming a missing file still fails the build.
check-static: install
	rm -rf $(VENV)/static-check
	DJANGO_SETTINGS_MODULE=settings.production SECRET_KEY=static-check \
		ALLOWED_HOSTS=localhost STATIC_ROOT=$(VENV)/static-check \
		$(MANAGE) collectstatic --noinput --verbosity 0

# Retake the editor guide's screenshots (docs/editor-guide/) from the running admin.
screenshots: install
	EDITOR_GUIDE_SCREENSHOTS=$(CURDIR)/docs/editor-guide $(BIN)/pytest tests/browser/test_editor_guide.py

# Compile the project's translations (locale/) after editing a .po; the .mo
# files are committed (docs/decisions/0008-admin-translations.md). Needs gettext.
messages: install
	$(MANAGE) compilemessages --locale zh_Hans --ignore $(VENV)

reset-demo: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo --reset

clean:
	rm -rf $(VENV) db.sqlite3 media static-collected .pytest_cache .ruff_cache
