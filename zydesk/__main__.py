from zydesk.cli.main import main

raise SystemExit(main())
