def test_tests_run_in_a_fresh_data_folder_of_their_own():
    from django.conf import settings

    assert "nearer-tests-" in str(settings.DATA_DIR)
