# yuanqu: `make demo` serves the demo zone; `make test` runs every check and test.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
VENDOR := yuanqu/static/vendor
SETUP_STAMP := $(VENV)/.setup-$(shell cat requirements.txt requirements-dev.txt package-lock.json | sha1sum | cut -c1-12)

.PHONY: setup demo test check pytest browser-deps assets bench clean

setup: $(SETUP_STAMP) assets

$(SETUP_STAMP): requirements.txt requirements-dev.txt package-lock.json
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	npm ci --no-audit --no-fund --loglevel=error
	rm -f $(VENV)/.setup-*
	touch $@

assets: $(SETUP_STAMP)
	mkdir -p $(VENDOR)
	cp node_modules/htmx.org/dist/htmx.min.js $(VENDOR)/htmx.min.js
	cp node_modules/echarts/dist/echarts.min.js $(VENDOR)/echarts.min.js

demo: setup
	DJANGO_DEBUG=1 $(PY) manage.py migrate --noinput
	DJANGO_DEBUG=1 $(PY) manage.py collectstatic --noinput -v 0
	DJANGO_DEBUG=1 $(PY) manage.py load_demo
	@echo "yuanqu 演示环境: http://127.0.0.1:$(PORT)/  (Ctrl-C 停止)"
	DJANGO_DEBUG=1 $(PY) manage.py runserver 127.0.0.1:$(PORT)

# Debian's chromium and CJK fonts for the browser tests (installed once; needs root, as on CI).
browser-deps:
	@test -x /usr/bin/chromium || { \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk) >/dev/null \
	  || { echo "无法安装 chromium（需要 root 和 Debian 软件源）"; exit 1; }; }

check: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy yuanqu config
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py spectacular --validate --fail-on-warn --file /dev/null

pytest: setup browser-deps
	$(VENV)/bin/pytest

test: check pytest

bench: setup
	$(PY) bench/run_all.py

clean:
	rm -rf $(VENV) node_modules $(VENDOR) staticfiles
